package run.kro.backend.cluster;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Optional;
import java.util.function.Consumer;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.backend.kinds.KindSchema;
import run.kro.backend.kinds.SchemaResolver;
import run.kro.backend.kinds.SchemaSourceException;

/**
 * A source that may be unreachable, such as a cluster: a failure to ask it means it does not know
 * the kind, so compiling goes on with the other sources instead of failing. The failure is handed
 * to {@code onFailure}.
 */
public final class BestEffortSchemaResolver implements SchemaResolver {

  private final SchemaResolver source;
  private final Consumer<RuntimeException> onFailure;

  public BestEffortSchemaResolver(SchemaResolver source, Consumer<RuntimeException> onFailure) {
    this.source = source;
    this.onFailure = onFailure;
  }

  @Override
  public Optional<KindSchema> resolve(GroupVersionKind gvk) {
    try {
      return source.resolve(gvk);
    } catch (SchemaSourceException | KubernetesClientException e) {
      onFailure.accept(e);
      return Optional.empty();
    }
  }
}
