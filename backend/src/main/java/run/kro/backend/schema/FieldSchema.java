package run.kro.backend.schema;

import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;

/** The schema of one field and whether its parent must list it as required. */
record FieldSchema(JSONSchemaProps schema, boolean required) {}
