package run.kro.backend.docs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One field of a CRD's OpenAPI schema, flattened for the reference: its path ({@code []} for list
 * items, {@code <key>} for map values), type, whether its parent requires it, default, description
 * and validation.
 */
record CrdField(
    String path,
    String type,
    boolean required,
    String defaultValue,
    String description,
    List<String> validation) {

  /**
   * Every field under {@code schema}, depth first in declaration order, paths starting with {@code
   * prefix}.
   */
  static List<CrdField> flatten(String prefix, JsonNode schema, boolean required) {
    List<CrdField> fields = new ArrayList<>();
    walk(prefix, schema, required, fields);
    return fields;
  }

  private static void walk(String path, JsonNode schema, boolean required, List<CrdField> out) {
    out.add(
        new CrdField(
            path,
            type(schema),
            required,
            schema.has("default") ? schema.get("default").toString() : "",
            schema.path("description").asText(""),
            validation(schema)));
    Set<String> requiredNames = new HashSet<>();
    schema.path("required").forEach(name -> requiredNames.add(name.asText()));
    schema
        .path("properties")
        .fields()
        .forEachRemaining(
            p ->
                walk(
                    path + "." + p.getKey(),
                    p.getValue(),
                    requiredNames.contains(p.getKey()),
                    out));
    JsonNode items = schema.path("items");
    if (hasRowsOfItsOwn(items)) {
      walk(path + "[]", items, false, out);
    }
    JsonNode values = schema.path("additionalProperties");
    if (values.isObject() && (values.has("properties") || values.has("items"))) {
      walk(path + ".<key>", values, false, out);
    }
  }

  /**
   * List items that are objects, lists or maps get rows of their own; others are described by their
   * list's row.
   */
  private static boolean hasRowsOfItsOwn(JsonNode items) {
    return items.isObject()
        && (items.has("properties") || items.has("items") || items.has("additionalProperties"));
  }

  static String type(JsonNode schema) {
    String type = schema.path("type").asText("any");
    if (schema.has("format")) {
      type += " (" + schema.get("format").asText() + ")";
    }
    if (schema.path("items").isObject()) {
      return "array of " + type(schema.get("items"));
    }
    if (schema.path("additionalProperties").isObject()) {
      return "map of " + type(schema.get("additionalProperties"));
    }
    if (schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
      return type + ", any fields";
    }
    return type;
  }

  static List<String> validation(JsonNode schema) {
    List<String> rules = new ArrayList<>();
    if (schema.has("enum")) {
      List<String> values = new ArrayList<>();
      schema.get("enum").forEach(v -> values.add(v.asText()));
      rules.add("one of " + String.join(", ", values));
    }
    for (String bound :
        List.of(
            "minimum",
            "maximum",
            "minLength",
            "maxLength",
            "minItems",
            "maxItems",
            "minProperties",
            "maxProperties",
            "pattern",
            "x-kubernetes-list-type")) {
      if (schema.has(bound)) {
        rules.add(bound + ": " + schema.get(bound).asText());
      }
    }
    JsonNode items = schema.path("items");
    if (items.isObject() && !hasRowsOfItsOwn(items)) {
      validation(items).forEach(rule -> rules.add("each item " + rule));
    }
    schema
        .path("x-kubernetes-validations")
        .forEach(
            rule ->
                rules.add(
                    "rule "
                        + rule.path("rule").asText()
                        + " ("
                        + rule.path("message").asText("")
                        + ")"));
    return rules;
  }
}
