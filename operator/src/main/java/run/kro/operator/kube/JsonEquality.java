package run.kro.operator.kube;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;

/**
 * JSON equality where numbers compare by value: {@code 1} read back from the server equals the long
 * {@code 1} sent.
 */
public final class JsonEquality {

  private static final Comparator<JsonNode> NUMBERS_BY_VALUE =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };

  private JsonEquality() {}

  public static boolean equal(JsonNode a, JsonNode b) {
    return a.equals(NUMBERS_BY_VALUE, b);
  }
}
