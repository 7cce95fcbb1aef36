package run.kro.backend.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.api.model.apiextensions.v1.ValidationRule;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Applies a field's markers to its schema (docs/design.md#markers), with upstream's error texts.
 * Returns whether the field is required; the caller adds it to its parent's required list.
 */
final class MarkerApplier {

  private static final ObjectMapper JSON = new ObjectMapper();

  private MarkerApplier() {}

  static boolean apply(List<Marker> markers, JSONSchemaProps schema) throws SchemaException {
    boolean required = false;
    List<String> mapKeys = new ArrayList<>();
    for (Marker marker : markers) {
      String value = marker.value();
      switch (marker.key()) {
        case "required" -> required = parseBool(value, "required");
        case "default" -> schema.setDefault(defaultValue(schema.getType(), value));
        case "description" -> schema.setDescription(value);
        case "minimum" -> schema.setMinimum(parseDouble(value, "minimum"));
        case "maximum" -> schema.setMaximum(parseDouble(value, "maximum"));
        case "validation" -> addValidation(schema, value);
        case "immutable" -> {
          if (parseBool(value, "immutable")) {
            SchemaCopies.addRule(schema, rule("self == oldSelf", "field is immutable"));
          }
        }
        case "enum" -> schema.setEnum(EnumValues.parse(value, schema.getType()));
        case "pattern" -> schema.setPattern(pattern(value, schema.getType()));
        case "minLength" -> schema.setMinLength(parseLong(value, "minLength", schema, "string"));
        case "maxLength" -> schema.setMaxLength(parseLong(value, "maxLength", schema, "string"));
        case "minItems" -> schema.setMinItems(parseLong(value, "minItems", schema, "array"));
        case "maxItems" -> schema.setMaxItems(parseLong(value, "maxItems", schema, "array"));
        case "uniqueItems" -> uniqueItems(schema, value);
        case "listType" -> ListTypes.setListType(schema, value);
        case "listMapKey" -> ListTypes.addMapKey(mapKeys, value);
        default -> throw new SchemaException("unknown marker: " + marker.key());
      }
    }
    ListTypes.applyMapKeys(schema, mapKeys);
    return required;
  }

  /**
   * Strings are wrapped in quotes verbatim (upstream does not escape them); other types are JSON.
   */
  private static JsonNode defaultValue(String type, String value) throws SchemaException {
    String kind = type == null ? "" : type;
    switch (kind) {
      case "string" -> {
        return readJson("\"" + value + "\"", "a valid string", value);
      }
      case "integer" -> {
        try {
          long parsed = Long.parseLong(value.trim());
          return parsed == (int) parsed ? IntNode.valueOf((int) parsed) : LongNode.valueOf(parsed);
        } catch (NumberFormatException e) {
          throw new SchemaException("default value must be a valid integer, got: " + value);
        }
      }
      case "number" -> {
        JsonNode number = readJson(value, "a valid number", value);
        if (!number.isNumber()) {
          throw new SchemaException("default value must be a valid number, got: " + value);
        }
        return number;
      }
      case "boolean" -> {
        if (!value.equals("true") && !value.equals("false")) {
          throw new SchemaException("default value must be a valid boolean, got: " + value);
        }
        return JSON.getNodeFactory().booleanNode(Boolean.parseBoolean(value));
      }
      default -> {
        return readJson(value, "valid JSON", value);
      }
    }
  }

  private static JsonNode readJson(String json, String what, String value) throws SchemaException {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new SchemaException("default value must be " + what + ", got: " + value);
    }
  }

  private static void addValidation(JSONSchemaProps schema, String value) throws SchemaException {
    if (value.isBlank()) {
      throw new SchemaException("validation failed");
    }
    SchemaCopies.addRule(schema, rule(value, "validation failed"));
  }

  private static String pattern(String value, String type) throws SchemaException {
    if (value.isEmpty()) {
      throw new SchemaException("pattern marker value cannot be empty");
    }
    if (!"string".equals(type)) {
      throw new SchemaException("pattern marker is only valid for string types, got type: " + type);
    }
    try {
      Pattern.compile(value);
    } catch (PatternSyntaxException e) {
      throw new SchemaException("invalid pattern regex: " + e.getDescription());
    }
    return value;
  }

  private static void uniqueItems(JSONSchemaProps schema, String value) throws SchemaException {
    boolean unique = parseBool(value, "uniqueItems");
    if (!"array".equals(schema.getType())) {
      throw new SchemaException(
          "uniqueItems marker is only valid for array types, got type: " + schema.getType());
    }
    if (unique) {
      ListTypes.setListType(schema, ListTypes.SET);
    }
  }

  private static boolean parseBool(String value, String marker) throws SchemaException {
    return switch (value) {
      case "1", "t", "T", "true", "TRUE", "True" -> true;
      case "0", "f", "F", "false", "FALSE", "False" -> false;
      default ->
          throw new SchemaException(
              "failed to parse " + marker + " marker value: invalid syntax: " + value);
    };
  }

  private static double parseDouble(String value, String marker) throws SchemaException {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new SchemaException(
          "failed to parse " + marker + " enum value: invalid syntax: " + value);
    }
  }

  private static long parseLong(String value, String marker, JSONSchemaProps schema, String type)
      throws SchemaException {
    if (!type.equals(schema.getType())) {
      throw new SchemaException(
          marker + " marker is only valid for " + type + " types, got type: " + schema.getType());
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new SchemaException("failed to parse " + marker + " value: invalid syntax: " + value);
    }
  }

  static ValidationRule rule(String rule, String message) {
    ValidationRule validation = new ValidationRule();
    validation.setRule(rule);
    validation.setMessage(message);
    return validation;
  }
}
