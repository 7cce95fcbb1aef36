package run.kro.backend.schema.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Equality and display of defaults, enum values and bounds. Numbers compare by value: the CRD read
 * back from the API server holds {@code 3} as an int where the generator may have put a long, and
 * that is no change.
 */
final class JsonValues {

  private static final Comparator<JsonNode> BY_VALUE =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };

  private JsonValues() {}

  /** Both absent, or both present and equal (numbers by value, at any depth). */
  static boolean same(JsonNode a, JsonNode b) {
    if (absent(a) || absent(b)) {
      return absent(a) && absent(b);
    }
    return a.equals(BY_VALUE, b);
  }

  static boolean absent(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode();
  }

  static boolean contains(List<JsonNode> values, JsonNode value) {
    return values.stream().anyMatch(v -> same(v, value));
  }

  /** JSON text, so strings show their quotes and cannot be mistaken for numbers. */
  static String show(JsonNode node) {
    return node.toString();
  }

  static String show(List<JsonNode> values) {
    return values.stream().map(JsonValues::show).collect(Collectors.joining(", "));
  }

  /**
   * {@code 1} rather than {@code 1.0}; bounds are doubles in fabric8's model even where the schema
   * says integer.
   */
  static String show(double number) {
    return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
  }
}
