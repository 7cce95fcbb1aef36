package run.kro.backend.kinds;

import java.util.Optional;

/** Finds the schema of a kind; empty when this source does not know it. */
public interface SchemaResolver {

  Optional<KindSchema> resolve(GroupVersionKind gvk);
}
