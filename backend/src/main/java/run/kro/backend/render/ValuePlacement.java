package run.kro.backend.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import run.kro.backend.source.FieldPath;

/**
 * Puts values at field paths in a JSON tree. Containers missing on the way are created (status
 * fields build their tree this way; templates already have it). A missing node removes the field
 * instead, which is how an optional without a value leaves a field out.
 */
final class ValuePlacement {

  private ValuePlacement() {}

  static void put(ObjectNode root, FieldPath path, JsonNode value) {
    List<FieldPath.Segment> segments = path.segments();
    if (segments.isEmpty()) {
      throw new IllegalArgumentException("cannot replace the root of an object");
    }
    JsonNode container = root;
    for (int i = 0; i < segments.size() - 1; i++) {
      container = child(container, segments.get(i), segments.get(i + 1) instanceof FieldPath.Index);
    }
    FieldPath.Segment last = segments.get(segments.size() - 1);
    if (last instanceof FieldPath.Key key) {
      if (value.isMissingNode()) {
        ((ObjectNode) container).remove(key.name());
      } else {
        ((ObjectNode) container).set(key.name(), value);
      }
      return;
    }
    ArrayNode array = (ArrayNode) container;
    int index = ((FieldPath.Index) last).index();
    if (value.isMissingNode()) {
      if (index < array.size()) {
        array.remove(index);
      }
      return;
    }
    pad(array, index);
    array.set(index, value);
  }

  private static JsonNode child(JsonNode container, FieldPath.Segment segment, boolean arrayNext) {
    if (segment instanceof FieldPath.Key key) {
      ObjectNode object = (ObjectNode) container;
      JsonNode existing = object.get(key.name());
      if (existing == null || !(existing.isObject() || existing.isArray())) {
        return arrayNext ? object.putArray(key.name()) : object.putObject(key.name());
      }
      return existing;
    }
    ArrayNode array = (ArrayNode) container;
    int index = ((FieldPath.Index) segment).index();
    pad(array, index);
    JsonNode existing = array.get(index);
    if (!(existing.isObject() || existing.isArray())) {
      existing = arrayNext ? array.arrayNode() : array.objectNode();
      array.set(index, existing);
    }
    return existing;
  }

  private static void pad(ArrayNode array, int index) {
    while (array.size() <= index) {
      array.addNull();
    }
  }
}
