package run.kro.backend.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.Iterator;
import java.util.Map;

/**
 * Applies a structural schema's defaults to a value as the API server does on create: a missing
 * field with a default gets it, and defaulting goes on inside it, so {@code default: {}} on an
 * object brings its children's defaults. Returns a defaulted copy; the input is not changed.
 */
public final class SchemaDefaults {

  private SchemaDefaults() {}

  public static JsonNode apply(JSONSchemaProps schema, JsonNode value) {
    JsonNode copy = value.deepCopy();
    fill(schema, copy);
    return copy;
  }

  private static void fill(JSONSchemaProps schema, JsonNode value) {
    if (schema == null) {
      return;
    }
    if (value instanceof ObjectNode object) {
      Map<String, JSONSchemaProps> properties = schema.getProperties();
      if (properties != null) {
        properties.forEach(
            (name, property) -> {
              if ((!object.has(name) || object.get(name).isNull())
                  && property.getDefault() != null) {
                object.set(name, property.getDefault().deepCopy());
              }
              if (object.has(name)) {
                fill(property, object.get(name));
              }
            });
      }
      SchemaTypes.additionalPropertiesSchema(schema)
          .ifPresent(
              values -> {
                for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                  Map.Entry<String, JsonNode> field = it.next();
                  if (properties == null || !properties.containsKey(field.getKey())) {
                    fill(values, field.getValue());
                  }
                }
              });
    } else if (value instanceof ArrayNode array && schema.getItems() != null) {
      array.forEach(item -> fill(schema.getItems().getSchema(), item));
    }
  }
}
