package run.kro.backend.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Inlines the {@code $ref}s of an OpenAPI v3 schema from its document's {@code components.schemas}, including the
 * {@code allOf: [{$ref}]} wrapping Kubernetes uses to attach a description or default, and keeps only what a
 * structural schema has. A type that contains itself is cut off with {@code x-kubernetes-preserve-unknown-fields}.
 */
final class OpenApiReferences {

  private static final String PREFIX = "#/components/schemas/";
  private static final Set<String> KEPT = Set.of("type", "format", "description", "properties", "additionalProperties",
      "items", "required", "enum", "default", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
      "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties",
      "nullable", "x-kubernetes-int-or-string", "x-kubernetes-preserve-unknown-fields", "x-kubernetes-embedded-resource",
      "x-kubernetes-list-type", "x-kubernetes-list-map-keys", "x-kubernetes-map-type", "x-kubernetes-validations",
      "oneOf", "anyOf");
  private static final String INT_OR_STRING_FORMAT = "int-or-string";

  private final JsonNode components;
  private final Deque<String> expanding = new ArrayDeque<>();

  OpenApiReferences(JsonNode document) {
    this.components = document.path("components").path("schemas");
  }

  JsonNode resolve(JsonNode schema) {
    if (!schema.isObject()) {
      return schema;
    }
    JsonNode target = referenced(schema);
    if (target != null) {
      return target;
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    JsonNode allOf = schema.path("allOf");
    if (allOf.isArray() && allOf.size() == 1) {
      JsonNode base = resolve(allOf.get(0));
      if (base.isObject()) {
        out.setAll((ObjectNode) base);
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String key = field.getKey();
      if (!KEPT.contains(key)) {
        continue;
      }
      switch (key) {
        case "properties" -> {
          ObjectNode properties = out.putObject("properties");
          field.getValue().fields().forEachRemaining(p -> properties.set(p.getKey(), resolve(p.getValue())));
        }
        case "items", "additionalProperties" -> out.set(key, field.getValue().isObject() ? resolve(field.getValue()) : field.getValue());
        case "oneOf", "anyOf" -> {
          var alternatives = out.putArray(key);
          field.getValue().forEach(alternative -> alternatives.add(resolve(alternative)));
        }
        default -> out.set(key, field.getValue());
      }
    }
    return intOrString(out);
  }

  /** OpenAPI v3 spells IntOrString as {@code format: int-or-string} with a oneOf; CRDs spell it with an extension. */
  private static JsonNode intOrString(ObjectNode schema) {
    if (INT_OR_STRING_FORMAT.equals(schema.path("format").asText())) {
      schema.remove(List.of("format", "oneOf", "type"));
      schema.put("x-kubernetes-int-or-string", true);
    }
    return schema;
  }

  private JsonNode referenced(JsonNode schema) {
    JsonNode ref = schema.get("$ref");
    if (ref == null || !ref.asText().startsWith(PREFIX)) {
      return null;
    }
    String name = ref.asText().substring(PREFIX.length());
    if (expanding.contains(name) || !components.has(name)) {
      return JsonNodeFactory.instance.objectNode().put("x-kubernetes-preserve-unknown-fields", true);
    }
    expanding.push(name);
    try {
      return resolve(components.get(name));
    } finally {
      expanding.pop();
    }
  }
}
