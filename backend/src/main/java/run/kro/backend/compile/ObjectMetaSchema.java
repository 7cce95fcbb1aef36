package run.kro.backend.compile;

import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.Optional;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.backend.kinds.KindSchema;
import run.kro.backend.kinds.SchemaResolver;

/**
 * The schema of ObjectMeta, taken from a built-in kind, for objects whose schema says only {@code
 * metadata: object}.
 */
final class ObjectMetaSchema {

  private static final GroupVersionKind CONFIG_MAP = new GroupVersionKind("", "v1", "ConfigMap");

  private ObjectMetaSchema() {}

  static Optional<JSONSchemaProps> from(SchemaResolver resolver) {
    return resolver
        .resolve(CONFIG_MAP)
        .map(KindSchema::schema)
        .map(s -> s.getProperties() == null ? null : s.getProperties().get("metadata"));
  }
}
