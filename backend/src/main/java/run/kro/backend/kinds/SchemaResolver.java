package run.kro.backend.kinds;

import java.util.Optional;

/**
 * Finds the schema and scope of a Kubernetes kind; empty when this source does not know the kind.
 */
@FunctionalInterface
public interface SchemaResolver {

  /**
   * The schema of {@code gvk}. Implementations are safe to call from several threads.
   *
   * @throws SchemaSourceException when the source itself cannot be read (e.g. the cluster does not
   *     answer)
   */
  Optional<KindSchema> resolve(GroupVersionKind gvk);
}
