package run.kro.backend.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.api.model.apiextensions.v1.ValidationRule;
import java.util.ArrayList;

/**
 * Deep copies of schemas (custom types are expanded inline, each use its own copy) and small
 * builders.
 */
final class SchemaCopies {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SchemaCopies() {}

  static JSONSchemaProps copy(JSONSchemaProps schema) {
    return JSON.convertValue(schema, JSONSchemaProps.class);
  }

  static void addRule(JSONSchemaProps schema, ValidationRule rule) {
    if (schema.getXKubernetesValidations() == null) {
      schema.setXKubernetesValidations(new ArrayList<>());
    }
    schema.getXKubernetesValidations().add(rule);
  }
}
