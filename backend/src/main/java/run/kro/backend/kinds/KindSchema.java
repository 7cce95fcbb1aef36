package run.kro.backend.kinds;

import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;

/** The OpenAPI schema of a whole object of a kind (apiVersion, kind, metadata, spec, status) and its scope. */
public record KindSchema(GroupVersionKind gvk, boolean namespaced, JSONSchemaProps schema) {}
