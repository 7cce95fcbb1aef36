package run.kro.backend.compile;

import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.Optional;
import run.kro.backend.source.FieldPath;

/**
 * A string value of a template that holds {@code ${...}}, with where it is (relative to the
 * template) and the schema of that place; an empty schema means any value fits (schemaless parts
 * such as preserve-unknown-fields).
 */
record TemplateField(FieldPath path, String value, Optional<JSONSchemaProps> expected) {}
