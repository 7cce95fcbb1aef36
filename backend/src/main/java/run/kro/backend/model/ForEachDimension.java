package run.kro.backend.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;

/**
 * One dimension of a collection: an iterator name bound to a list expression. On the wire it is a
 * single-entry map, {@code {region: "${schema.spec.regions}"}}.
 */
public record ForEachDimension(String iterator, String expression) {

  @JsonCreator
  static ForEachDimension fromMap(Map<String, String> entry) {
    if (entry.size() != 1) {
      throw new IllegalArgumentException(
          "a forEach entry maps exactly one iterator name to an expression");
    }
    Map.Entry<String, String> only = entry.entrySet().iterator().next();
    return new ForEachDimension(only.getKey(), only.getValue());
  }

  @JsonValue
  Map<String, String> toMap() {
    return Map.of(iterator, expression);
  }
}
