package run.kro.backend.kinds;

import java.util.List;
import java.util.Optional;

/**
 * Asks several sources in order; the first that knows a kind wins. The usual order is: a live cluster's OpenAPI,
 * then CRDs (from files or the cluster), then the built-in kinds.
 */
public final class CompositeSchemaResolver implements SchemaResolver {

  private final List<SchemaResolver> sources;

  public CompositeSchemaResolver(List<SchemaResolver> sources) {
    this.sources = List.copyOf(sources);
  }

  @Override
  public Optional<KindSchema> resolve(GroupVersionKind gvk) {
    for (SchemaResolver source : sources) {
      Optional<KindSchema> found = source.resolve(gvk);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
