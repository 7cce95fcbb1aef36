package run.kro.backend.kinds;

import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.Objects;

/**
 * The OpenAPI schema of a whole object of one kind (apiVersion, kind, metadata, spec, status…) and
 * whether objects of the kind live in a namespace. Schemas are shared between callers and cached:
 * treat them as read-only.
 */
public record KindSchema(GroupVersionKind gvk, boolean namespaced, JSONSchemaProps schema) {

  public KindSchema {
    Objects.requireNonNull(gvk, "gvk");
    Objects.requireNonNull(schema, "schema");
  }
}
