package run.kro.backend.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import run.kro.backend.source.FieldPath;

/** Questions about a structural schema node and how a JSON value's type relates to it. */
public final class SchemaTypes {

  private SchemaTypes() {}

  public static boolean isIntOrString(JSONSchemaProps schema) {
    return Boolean.TRUE.equals(schema.getXKubernetesIntOrString());
  }

  public static boolean preservesUnknownFields(JSONSchemaProps schema) {
    return Boolean.TRUE.equals(schema.getXKubernetesPreserveUnknownFields());
  }

  /** The schema of additional properties (a map's values), when the schema declares one. */
  public static Optional<JSONSchemaProps> additionalPropertiesSchema(JSONSchemaProps schema) {
    return Optional.ofNullable(schema.getAdditionalProperties()).map(a -> a.getSchema());
  }

  /** {@code additionalProperties: true}: any field, of any type. */
  public static boolean allowsAnyAdditionalProperties(JSONSchemaProps schema) {
    return schema.getAdditionalProperties() != null
        && schema.getAdditionalProperties().getSchema() == null
        && Boolean.TRUE.equals(schema.getAdditionalProperties().getAllows());
  }

  /**
   * {@code metadata: {type: object}} in a CRD accepts any ObjectMeta field; the server validates it
   * separately.
   */
  public static boolean isUntypedObjectMeta(JSONSchemaProps schema, FieldPath path) {
    return (schema.getProperties() == null || schema.getProperties().isEmpty())
        && !path.isRoot()
        && path.segments().get(path.segments().size() - 1).equals(new FieldPath.Key("metadata"));
  }

  public static boolean matches(JSONSchemaProps schema, JsonNode value) {
    if (isIntOrString(schema)) {
      return value.isIntegralNumber() || value.isTextual();
    }
    String type = schema.getType();
    if (type == null || type.isEmpty()) {
      List<String> alternatives = alternativeTypes(schema);
      return alternatives.isEmpty() || alternatives.stream().anyMatch(t -> matches(t, value));
    }
    return matches(type, value);
  }

  /**
   * The types the branches of an untyped schema's {@code oneOf} (or else {@code anyOf}) allow, in
   * order: a branch's {@code type}, or {@code object} for a branch that only lists required fields
   * or a {@code not}. Empty when the schema has no such branches, and then it constrains no type.
   */
  public static List<String> alternativeTypes(JSONSchemaProps schema) {
    List<String> fromOneOf = branchTypes(schema.getOneOf());
    return fromOneOf.isEmpty() ? branchTypes(schema.getAnyOf()) : fromOneOf;
  }

  private static List<String> branchTypes(List<JSONSchemaProps> branches) {
    Set<String> types = new LinkedHashSet<>();
    for (JSONSchemaProps branch : branches == null ? List.<JSONSchemaProps>of() : branches) {
      if ((branch.getRequired() != null && !branch.getRequired().isEmpty())
          || branch.getNot() != null) {
        types.add("object");
      }
      if (branch.getType() != null && !branch.getType().isEmpty()) {
        types.add(branch.getType());
      }
    }
    return List.copyOf(types);
  }

  private static boolean matches(String type, JsonNode value) {
    return switch (type) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" ->
          value.isIntegralNumber()
              || (value.isNumber() && value.asDouble() == Math.rint(value.asDouble()));
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      default -> true;
    };
  }

  public static String describe(JSONSchemaProps schema) {
    if (isIntOrString(schema)) {
      return "integer or string";
    }
    String type = typeName(schema);
    return type.isEmpty() ? "any value" : article(type);
  }

  /**
   * The type a schema asks for, as OpenAPI names it: {@code integer}, {@code integer or string}, or
   * a union's types ({@code string or boolean}); empty when it asks for none.
   */
  public static String typeName(JSONSchemaProps schema) {
    if (isIntOrString(schema)) {
      return "integer or string";
    }
    String type = schema.getType();
    return type == null || type.isEmpty() ? String.join(" or ", alternativeTypes(schema)) : type;
  }

  /**
   * The JSON type of a value as OpenAPI names it: object, array, string, integer, number, boolean,
   * null.
   */
  public static String typeName(JsonNode value) {
    if (value.isObject()) {
      return "object";
    }
    if (value.isArray()) {
      return "array";
    }
    if (value.isTextual()) {
      return "string";
    }
    if (value.isIntegralNumber()) {
      return "integer";
    }
    if (value.isNumber()) {
      return "number";
    }
    return value.getNodeType().name().toLowerCase();
  }

  /**
   * A value for messages: its type, and for scalars the value itself ({@code string "abc"}, {@code
   * an object}).
   */
  public static String describe(JsonNode value) {
    String type = typeName(value);
    if (value.isContainerNode()) {
      return article(type);
    }
    if (value.isNull() || value.isMissingNode()) {
      return type;
    }
    return type
        + " "
        + (value.isTextual() ? "\"" + abbreviate(value.asText()) + "\"" : value.asText());
  }

  /** A value short enough to quote in a message. */
  public static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  private static String article(String type) {
    boolean vowel =
        type.startsWith("object") || type.startsWith("array") || type.startsWith("integer");
    return (vowel ? "an " : "a ") + type;
  }
}
