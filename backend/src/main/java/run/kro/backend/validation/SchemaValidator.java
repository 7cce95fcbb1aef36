package run.kro.backend.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import run.kro.backend.openapi.SchemaTypes;
import run.kro.backend.source.FieldPath;

/**
 * Checks a JSON value against a structural OpenAPI v3 schema as the Kubernetes API server does for
 * custom resources: types, required fields, unknown fields (reported, where the server would
 * silently prune them), value constraints and {@code x-kubernetes-validations} rules. Reports every
 * violation, not just the first. Null values are treated as absent, as the server does for
 * non-nullable fields. Thread-safe.
 */
public final class SchemaValidator {

  private final ValueConstraints constraints = new ValueConstraints();
  private final ValidationRules rules;

  public SchemaValidator() {
    this(new ValidationRules());
  }

  SchemaValidator(ValidationRules rules) {
    this.rules = rules;
  }

  public List<SchemaViolation> validate(JSONSchemaProps schema, JsonNode value) {
    List<SchemaViolation> violations = new ArrayList<>();
    validate(schema, value, FieldPath.ROOT, violations);
    return List.copyOf(violations);
  }

  private void validate(
      JSONSchemaProps schema, JsonNode value, FieldPath path, List<SchemaViolation> out) {
    if (schema == null || value == null || value.isNull() || value.isMissingNode()) {
      return;
    }
    if (!SchemaTypes.matches(schema, value)) {
      out.add(
          new SchemaViolation(
              path,
              "expected " + SchemaTypes.describe(schema) + ", got " + SchemaTypes.describe(value)));
      return;
    }
    int before = out.size();
    constraints.check(schema, value, path, out);
    if (value.isObject()) {
      validateObject(schema, value, path, out);
    } else if (value.isArray()
        && schema.getItems() != null
        && schema.getItems().getSchema() != null) {
      for (int i = 0; i < value.size(); i++) {
        validate(schema.getItems().getSchema(), value.get(i), path.index(i), out);
      }
    }
    rules.check(schema, value, path, out.size() > before, out);
  }

  private void validateObject(
      JSONSchemaProps schema, JsonNode value, FieldPath path, List<SchemaViolation> out) {
    for (String required : orEmpty(schema.getRequired())) {
      JsonNode field = value.get(required);
      if (field == null || field.isNull()) {
        out.add(
            new SchemaViolation(
                path.field(required), "required field \"" + required + "\" is missing"));
      }
    }
    Map<String, JSONSchemaProps> properties =
        schema.getProperties() == null ? Map.of() : schema.getProperties();
    JSONSchemaProps additional = SchemaTypes.additionalPropertiesSchema(schema).orElse(null);
    boolean openObject =
        SchemaTypes.preservesUnknownFields(schema)
            || SchemaTypes.allowsAnyAdditionalProperties(schema)
            || SchemaTypes.isUntypedObjectMeta(schema, path);
    for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      JSONSchemaProps fieldSchema = properties.get(field.getKey());
      FieldPath fieldPath = path.field(field.getKey());
      if (fieldSchema != null) {
        validate(fieldSchema, field.getValue(), fieldPath, out);
      } else if (additional != null) {
        validate(additional, field.getValue(), fieldPath, out);
      } else if (!openObject) {
        out.add(new SchemaViolation(fieldPath, "unknown field \"" + field.getKey() + "\""));
      }
    }
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
