package run.kro.backend.render;

import dev.cel.common.values.CelByteString;
import dev.cel.common.values.NullValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Names the CEL type of a runtime value, as messages about a result of the wrong type print it. */
final class RuntimeTypeNames {

  private RuntimeTypeNames() {}

  static String of(Object value) {
    if (value == null || value instanceof NullValue) {
      return "null";
    }
    if (value instanceof Long) {
      return "int";
    }
    if (value instanceof Double) {
      return "double";
    }
    if (value instanceof Boolean) {
      return "bool";
    }
    if (value instanceof String) {
      return "string";
    }
    if (value instanceof CelByteString) {
      return "bytes";
    }
    if (value instanceof Instant) {
      return "timestamp";
    }
    if (value instanceof Duration) {
      return "duration";
    }
    if (value instanceof List<?>) {
      return "list";
    }
    if (value instanceof Map<?, ?>) {
      return "map";
    }
    if (value instanceof Optional<?>) {
      return "optional_type";
    }
    return value.getClass().getSimpleName();
  }
}
