package run.kro.ui.rg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Numbers as the API server writes them back: the fabric8 model holds a schema's {@code minimum},
 * {@code maximum} and {@code multipleOf} as doubles, which Jackson prints as {@code 0.0}, while the
 * API server (and so kubectl) prints a whole number without a fraction, {@code minimum: 0}. The
 * console shows generated schemas the way they will read in the cluster.
 */
final class ApiServerNumbers {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Beyond 2^53 a double no longer holds every whole number exactly. */
  private static final double EXACT_LIMIT = 9007199254740992d;

  private ApiServerNumbers() {}

  /** {@code value} (a model object or a tree) as a tree whose whole-valued doubles are integers. */
  static JsonNode of(Object value) {
    return wholeNumbers(JSON.valueToTree(value));
  }

  private static JsonNode wholeNumbers(JsonNode node) {
    if (node.isDouble() || node.isFloat()) {
      double number = node.doubleValue();
      return number == Math.rint(number) && Math.abs(number) < EXACT_LIMIT
          ? LongNode.valueOf((long) number)
          : node;
    }
    if (node instanceof ObjectNode object) {
      object.fields().forEachRemaining(field -> field.setValue(wholeNumbers(field.getValue())));
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, wholeNumbers(array.get(i)));
      }
    }
    return node;
  }
}
