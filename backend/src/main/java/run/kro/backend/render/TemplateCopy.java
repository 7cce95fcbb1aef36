package run.kro.backend.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The copy of a compiled template that one render fills in. A key whose value is null ({@code
 * key:}, {@code key: ~}, {@code key: null}) is left out, as kro skips null template fields: the
 * object gets no such field. Array elements are copied as they are, so that expression fields keep
 * their indexes. Value nodes are immutable and shared.
 */
final class TemplateCopy {

  private TemplateCopy() {}

  static ObjectNode withoutNullFields(ObjectNode template) {
    ObjectNode copy = template.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> fields = template.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!field.getValue().isNull()) {
        copy.set(field.getKey(), copyOf(field.getValue()));
      }
    }
    return copy;
  }

  private static JsonNode copyOf(JsonNode node) {
    if (node instanceof ObjectNode object) {
      return withoutNullFields(object);
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = array.arrayNode(array.size());
      array.forEach(item -> copy.add(copyOf(item)));
      return copy;
    }
    return node;
  }
}
