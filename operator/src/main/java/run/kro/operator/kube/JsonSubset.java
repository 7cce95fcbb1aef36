package run.kro.operator.kube;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Whether a live object already holds everything kro would write: every field of the desired object
 * is present with the same value (numbers compared by value, lists element by element with the same
 * length). Fields the server or others added are ignored. This is how a reconcile sees that a write
 * would change nothing, and so makes none; when someone changed a field kro owns (drift), the check
 * fails and the write puts it back.
 */
public final class JsonSubset {

  private JsonSubset() {}

  public static boolean heldBy(JsonNode desired, JsonNode live) {
    if (desired.isObject()) {
      if (!live.isObject()) {
        return false;
      }
      for (Iterator<Map.Entry<String, JsonNode>> fields = desired.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode liveValue = live.get(field.getKey());
        if (liveValue == null) {
          if (!isEmpty(field.getValue())) {
            return false;
          }
        } else if (!heldBy(field.getValue(), liveValue)) {
          return false;
        }
      }
      return true;
    }
    if (desired.isArray()) {
      if (!live.isArray() || live.size() != desired.size()) {
        return false;
      }
      for (int i = 0; i < desired.size(); i++) {
        if (!heldBy(desired.get(i), live.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (desired.isNumber() && live.isNumber()) {
      return desired.decimalValue().compareTo(live.decimalValue()) == 0;
    }
    return desired.equals(live);
  }

  /**
   * The API server drops empty maps, lists and nulls that an apply sends; their absence is not
   * drift.
   */
  private static boolean isEmpty(JsonNode value) {
    return value.isNull() || (value.isContainerNode() && value.isEmpty());
  }
}
