package run.kro.backend.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;

/** The {@code enum="a,b,c"} marker: comma-separated, trimmed; strings and integers only. */
final class EnumValues {

  private EnumValues() {}

  static List<JsonNode> parse(String value, String type) throws SchemaException {
    List<JsonNode> values = new ArrayList<>();
    for (String item : value.split(",", -1)) {
      String trimmed = item.trim();
      if (trimmed.isEmpty()) {
        throw new SchemaException("empty enum values are not allowed");
      }
      if ("string".equals(type)) {
        values.add(JsonNodeFactory.instance.textNode(trimmed));
      } else if ("integer".equals(type)) {
        try {
          values.add(JsonNodeFactory.instance.numberNode(Long.parseLong(trimmed)));
        } catch (NumberFormatException e) {
          throw new SchemaException(
              "failed to parse integer enum value: invalid syntax: " + trimmed);
        }
      } else {
        throw new SchemaException(
            "enum values only supported for string and integer types, got type: " + type);
      }
    }
    return values;
  }
}
