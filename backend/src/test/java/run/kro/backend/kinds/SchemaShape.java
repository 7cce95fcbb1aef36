package run.kro.backend.kinds;

import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.Map;

/**
 * Test helper: walks a schema along a path and describes what it finds in a short form, so
 * expectations can live in resource files. Path steps are property names separated by dots; {@code
 * []} after a name steps into array items. Shapes: {@code string}, {@code string:byte}, {@code
 * integer:int32}, {@code boolean}, {@code object}, {@code array<SHAPE>}, {@code map<SHAPE>}, {@code
 * int-or-string}, {@code any} (unknown fields, no properties).
 */
public final class SchemaShape {

  private SchemaShape() {}

  public static JSONSchemaProps at(JSONSchemaProps root, String path) {
    JSONSchemaProps current = root;
    StringBuilder walked = new StringBuilder();
    for (String step : path.split("\\.")) {
      boolean intoItems = step.endsWith("[]");
      String name = intoItems ? step.substring(0, step.length() - 2) : step;
      Map<String, JSONSchemaProps> properties = current.getProperties();
      if (properties == null || !properties.containsKey(name)) {
        throw new AssertionError(
            "no property '"
                + name
                + "' after '"
                + walked
                + "'; has "
                + (properties == null ? "none" : properties.keySet()));
      }
      current = properties.get(name);
      walked.append(walked.length() == 0 ? "" : ".").append(step);
      if (intoItems) {
        if (current.getItems() == null || current.getItems().getSchema() == null) {
          throw new AssertionError("'" + walked + "' is not an array: " + describe(current));
        }
        current = current.getItems().getSchema();
      }
    }
    return current;
  }

  public static String describe(JSONSchemaProps schema) {
    if (Boolean.TRUE.equals(schema.getXKubernetesIntOrString())) {
      return "int-or-string";
    }
    boolean noProperties = schema.getProperties() == null || schema.getProperties().isEmpty();
    if (Boolean.TRUE.equals(schema.getXKubernetesPreserveUnknownFields()) && noProperties) {
      return "any";
    }
    String type = String.valueOf(schema.getType());
    return switch (type) {
      case "array" -> "array<" + describe(schema.getItems().getSchema()) + ">";
      case "object" ->
          schema.getAdditionalProperties() != null
                  && schema.getAdditionalProperties().getSchema() != null
              ? "map<" + describe(schema.getAdditionalProperties().getSchema()) + ">"
              : "object";
      default -> schema.getFormat() == null ? type : type + ":" + schema.getFormat();
    };
  }
}
