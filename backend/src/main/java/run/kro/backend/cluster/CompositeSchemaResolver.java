package run.kro.backend.cluster;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import run.kro.backend.kinds.BuiltinKindSchemas;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.backend.kinds.KindSchema;
import run.kro.backend.kinds.SchemaResolver;

/**
 * Asks several sources in turn; the first that knows a kind wins. The usual order, which {@link
 * #offline} and {@link #connected} build, is: the live cluster's OpenAPI, then CRDs (from files or
 * the cluster), then the built-in kinds from the fabric8 model. So a connected compile sees exactly
 * what the cluster serves, and an offline one still knows every built-in kind.
 */
public final class CompositeSchemaResolver implements SchemaResolver {

  private final List<SchemaResolver> sources;

  public CompositeSchemaResolver(List<? extends SchemaResolver> sources) {
    this.sources = List.copyOf(sources);
  }

  /**
   * Without a cluster: the CRDs in {@code crdPaths} (files or directories), then the built-in
   * kinds.
   */
  public static CompositeSchemaResolver offline(Collection<Path> crdPaths) {
    return new CompositeSchemaResolver(
        List.of(CrdKindSchemas.fromFiles(crdPaths), BuiltinKindSchemas.shared()));
  }

  /**
   * With a cluster: its OpenAPI v3, then the CRDs it has installed now (for clusters that serve no
   * OpenAPI v3), then the built-in kinds.
   *
   * @throws SchemaSourceException when the cluster's CRDs cannot be listed
   */
  public static CompositeSchemaResolver connected(KubernetesClient client) {
    return new CompositeSchemaResolver(
        List.of(
            new ClusterOpenApiSchemas(client),
            CrdKindSchemas.fromCluster(client),
            BuiltinKindSchemas.shared()));
  }

  @Override
  public Optional<KindSchema> resolve(GroupVersionKind gvk) {
    for (SchemaResolver source : sources) {
      Optional<KindSchema> schema = source.resolve(gvk);
      if (schema.isPresent()) {
        return schema;
      }
    }
    return Optional.empty();
  }
}
