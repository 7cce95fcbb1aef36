package run.kro.backend.compile;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import run.kro.backend.openapi.SchemaTypes;
import run.kro.backend.source.FieldPath;

/**
 * Walks a template against its kind's schema (docs/design.md#where-expressions-are-parsed): finds
 * every string that holds an expression together with the schema of its place, and checks literal
 * values against their schema. Unknown fields are errors, except under {@code
 * x-kubernetes-preserve-unknown-fields}, where the walk goes on without a schema. A literal under
 * an untyped {@code oneOf}/{@code anyOf} must have one of its branches' types; what it holds is
 * then walked without a schema. Map keys are never expressions. Thread-safe.
 */
final class TemplateWalker {

  static final String EXPRESSION_START = "${";

  private final JSONSchemaProps objectMeta;

  /**
   * @param objectMeta used for {@code metadata} objects that declare no properties, as CRDs do
   */
  TemplateWalker(JSONSchemaProps objectMeta) {
    this.objectMeta = objectMeta;
  }

  /** The expression fields of {@code value}; problems go to {@code errors} as (path, message). */
  List<TemplateField> walk(
      JsonNode value, Optional<JSONSchemaProps> schema, BiConsumer<FieldPath, String> errors) {
    List<TemplateField> fields = new ArrayList<>();
    walk(value, schema.orElse(null), schema.isEmpty(), FieldPath.ROOT, fields, errors);
    return fields;
  }

  private void walk(
      JsonNode value,
      JSONSchemaProps schema,
      boolean schemaless,
      FieldPath path,
      List<TemplateField> fields,
      BiConsumer<FieldPath, String> errors) {
    if (value.isTextual() && value.asText().contains(EXPRESSION_START)) {
      fields.add(
          new TemplateField(
              path, value.asText(), schemaless ? Optional.empty() : Optional.of(schema)));
      return;
    }
    if (schemaless || value.isNull()) {
      walkChildren(value, null, true, path, fields, errors);
      return;
    }
    if (!SchemaTypes.matches(schema, value)) {
      errors.accept(
          path,
          "expected "
              + SchemaTypes.typeName(schema)
              + " type for path "
              + path
              + ", got "
              + literalType(value));
      return;
    }
    walkChildren(value, schema, false, path, fields, errors);
  }

  private void walkChildren(
      JsonNode value,
      JSONSchemaProps schema,
      boolean schemaless,
      FieldPath path,
      List<TemplateField> fields,
      BiConsumer<FieldPath, String> errors) {
    if (value.isArray()) {
      JSONSchemaProps items =
          schemaless || schema.getItems() == null ? null : schema.getItems().getSchema();
      for (int i = 0; i < value.size(); i++) {
        walk(value.get(i), items, schemaless || items == null, path.index(i), fields, errors);
      }
    } else if (value.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        FieldPath fieldPath = path.field(field.getKey());
        if (schemaless) {
          walk(field.getValue(), null, true, fieldPath, fields, errors);
          continue;
        }
        Optional<JSONSchemaProps> fieldSchema = fieldSchema(schema, field.getKey(), fieldPath);
        if (fieldSchema.isPresent()) {
          walk(field.getValue(), fieldSchema.get(), false, fieldPath, fields, errors);
        } else if (SchemaTypes.preservesUnknownFields(schema) || isOpen(schema)) {
          walk(field.getValue(), null, true, fieldPath, fields, errors);
        } else {
          errors.accept(
              fieldPath,
              "error getting field schema for path "
                  + fieldPath
                  + ": schema not found for field "
                  + field.getKey());
        }
      }
    }
  }

  private Optional<JSONSchemaProps> fieldSchema(
      JSONSchemaProps parent, String name, FieldPath path) {
    Map<String, JSONSchemaProps> properties = parent.getProperties();
    JSONSchemaProps found = properties == null ? null : properties.get(name);
    if (found == null) {
      return SchemaTypes.additionalPropertiesSchema(parent);
    }
    boolean untypedMetadata =
        name.equals("metadata")
            && path.segments().size() == 1
            && (found.getProperties() == null || found.getProperties().isEmpty());
    return Optional.of(untypedMetadata && objectMeta != null ? objectMeta : found);
  }

  /**
   * A fractional number is named with its value, since "got number" alone reads oddly where an
   * integer is due.
   */
  private static String literalType(JsonNode value) {
    return value.isNumber() && !value.isIntegralNumber()
        ? "number " + value.asText()
        : SchemaTypes.typeName(value);
  }

  /** An object schema that constrains nothing: no properties, no additional properties schema. */
  private static boolean isOpen(JSONSchemaProps schema) {
    boolean noProperties = schema.getProperties() == null || schema.getProperties().isEmpty();
    boolean anyAdditional =
        schema.getAdditionalProperties() != null
            && schema.getAdditionalProperties().getSchema() == null
            && Boolean.TRUE.equals(schema.getAdditionalProperties().getAllows());
    return (noProperties && schema.getAdditionalProperties() == null && schema.getType() == null)
        || anyAdditional;
  }
}
