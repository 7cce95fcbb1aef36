package run.kro.backend.kinds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns one named schema of an OpenAPI v3 document ({@code components.schemas}) into a
 * self-contained {@link JSONSchemaProps} tree, as the type checker needs it: {@code $ref}s are
 * replaced by what they point to, also inside the {@code allOf: [{$ref: …}]} wrapping Kubernetes
 * puts around references that carry a description or default; {@code format: int-or-string} and
 * string-or-number {@code oneOf}s (Quantity) become {@code x-kubernetes-int-or-string}. A schema
 * met again below itself (JSONSchemaProps) is cut off as an object with unknown fields. Other
 * {@code oneOf}/{@code anyOf}/{@code not} are validation-only and are dropped.
 */
final class OpenApiSchemaInliner {

  static final String REF_PREFIX = "#/components/schemas/";
  static final String INT_OR_STRING_FORMAT = "int-or-string";
  static final String INT_OR_STRING = "x-kubernetes-int-or-string";
  static final String PRESERVE_UNKNOWN_FIELDS = "x-kubernetes-preserve-unknown-fields";

  private static final String REF = "$ref";
  private static final String ALL_OF = "allOf";
  private static final String PROPERTIES = "properties";
  private static final List<String> VALIDATION_ONLY = List.of("oneOf", "anyOf", "not");
  private static final Set<String> INT_OR_STRING_ALTERNATIVES =
      Set.of("string", "integer", "number");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonNode schemas;
  private final ObjectReader reader;

  OpenApiSchemaInliner(JsonNode schemas, ObjectMapper mapper) {
    this.schemas = schemas;
    // OpenAPI extensions such as x-kubernetes-patch-strategy or x-kubernetes-group-version-kind
    // have no place in
    // JSONSchemaProps and carry nothing the type checker needs.
    this.reader =
        mapper
            .readerFor(JSONSchemaProps.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** The schema named {@code name} in {@code components.schemas}, with every reference resolved. */
  JSONSchemaProps inline(String name) throws JsonProcessingException {
    return reader.treeToValue(referenced(name, new HashSet<>()), JSONSchemaProps.class);
  }

  private ObjectNode referenced(String name, Set<String> enclosing) {
    JsonNode target = schemas.get(name);
    if (target == null || !target.isObject() || !enclosing.add(name)) {
      return anyObject();
    }
    ObjectNode inlined = inlined((ObjectNode) target, enclosing);
    enclosing.remove(name);
    return inlined;
  }

  private ObjectNode inlined(ObjectNode schema, Set<String> enclosing) {
    ObjectNode out = NODES.objectNode();
    if (schema.path(REF).isTextual()) {
      out.setAll(referenced(refName(schema.path(REF).asText()), enclosing));
    }
    for (JsonNode part : schema.path(ALL_OF)) {
      if (part.isObject()) {
        merge(out, inlined((ObjectNode) part, enclosing));
      }
    }
    schema
        .fields()
        .forEachRemaining(
            field -> {
              String key = field.getKey();
              JsonNode value = field.getValue();
              switch (key) {
                case REF, ALL_OF -> {}
                case PROPERTIES -> out.set(key, inlinedProperties(value, enclosing));
                case "items", "additionalProperties" ->
                    out.set(key, value.isObject() ? inlined((ObjectNode) value, enclosing) : value);
                default -> out.set(key, value);
              }
            });
    return normalized(out);
  }

  private ObjectNode inlinedProperties(JsonNode properties, Set<String> enclosing) {
    ObjectNode out = NODES.objectNode();
    properties
        .fields()
        .forEachRemaining(
            property ->
                out.set(
                    property.getKey(),
                    property.getValue().isObject()
                        ? inlined((ObjectNode) property.getValue(), enclosing)
                        : property.getValue()));
    return out;
  }

  /** {@code allOf} parts: properties are joined, other keywords of a later part win. */
  private static void merge(ObjectNode into, ObjectNode part) {
    part.fields()
        .forEachRemaining(
            field -> {
              if (PROPERTIES.equals(field.getKey())
                  && into.path(PROPERTIES).isObject()
                  && field.getValue().isObject()) {
                ((ObjectNode) into.get(PROPERTIES)).setAll((ObjectNode) field.getValue());
              } else {
                into.set(field.getKey(), field.getValue());
              }
            });
  }

  private static ObjectNode normalized(ObjectNode schema) {
    if (INT_OR_STRING_FORMAT.equals(schema.path("format").asText())) {
      schema.remove(List.of("type", "format"));
      schema.put(INT_OR_STRING, true);
    }
    if (!schema.has("type") && !schema.has(INT_OR_STRING)) {
      JsonNode alternatives = schema.has("oneOf") ? schema.get("oneOf") : schema.path("anyOf");
      if (isIntOrString(alternatives)) {
        schema.put(INT_OR_STRING, true);
      } else if (alternatives.isArray() && !schema.has(PROPERTIES)) {
        schema.put(PRESERVE_UNKNOWN_FIELDS, true);
      }
    }
    schema.remove(VALIDATION_ONLY);
    return schema;
  }

  private static boolean isIntOrString(JsonNode alternatives) {
    if (!alternatives.isArray() || alternatives.isEmpty()) {
      return false;
    }
    Set<String> types = new HashSet<>();
    for (JsonNode alternative : alternatives) {
      String type = alternative.path("type").asText();
      if (!INT_OR_STRING_ALTERNATIVES.contains(type)) {
        return false;
      }
      types.add(type);
    }
    return types.contains("string") && types.size() > 1;
  }

  private static String refName(String ref) {
    return ref.startsWith(REF_PREFIX) ? ref.substring(REF_PREFIX.length()) : ref;
  }

  private static ObjectNode anyObject() {
    return NODES.objectNode().put("type", SchemaShapes.OBJECT).put(PRESERVE_UNKNOWN_FIELDS, true);
  }
}
