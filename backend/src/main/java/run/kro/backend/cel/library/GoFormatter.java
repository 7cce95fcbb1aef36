package run.kro.backend.cel.library;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.primitives.UnsignedLong;
import dev.cel.common.types.CelType;
import dev.cel.common.types.TypeType;
import dev.cel.common.values.CelByteString;
import dev.cel.common.values.NullValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import run.kro.backend.cel.library.FormatString.FormatException;

/**
 * The run-time side of {@code string.format}: each clause applied to its argument as cel-go does
 * it. {@code %s} takes any value but optionals and opaque ones (a list as {@code [1, a]}, a map as
 * {@code {a: 1}} with keys sorted, a double in its shortest form, a duration in seconds, a
 * timestamp in RFC 3339 UTC); {@code %d}, {@code %f}, {@code %e} take numbers; {@code %b} ints,
 * uints and bools; {@code %x}/{@code %X} ints, uints, strings and bytes; {@code %o} ints and uints.
 */
final class GoFormatter implements FormatString.Arguments {

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final List<?> arguments;

  GoFormatter(List<?> arguments) {
    this.arguments = arguments;
  }

  static String format(String format, List<?> arguments) throws FormatException {
    return FormatString.apply(format, new GoFormatter(arguments));
  }

  @Override
  public int size() {
    return arguments.size();
  }

  @Override
  public void request(int index) throws FormatException {
    if (index >= arguments.size()) {
      throw new FormatException("index " + index + " out of range");
    }
  }

  @Override
  public String apply(int index, char verb, int precision) throws FormatException {
    Object value = arguments.get(index);
    return switch (verb) {
      case 's' -> string(value, index);
      case 'd' -> decimal(value, index);
      case 'f' -> floating(value, index, "fixed-point", v -> GoFloats.fixed(v, precision));
      case 'e' -> floating(value, index, "scientific", v -> GoFloats.scientific(v, precision));
      case 'b' -> binary(value, index);
      case 'o' -> octal(value, index);
      default -> hex(value, index, verb == 'X');
    };
  }

  private static String string(Object value, int index) throws FormatException {
    if (value instanceof Boolean
        || value instanceof Long
        || value instanceof UnsignedLong
        || value instanceof String) {
      return value.toString();
    }
    if (value instanceof Double number) {
      return special(number).orElseGet(() -> GoFloats.shortest(number));
    }
    if (value instanceof CelByteString bytes) {
      return new String(bytes.toByteArray(), UTF_8);
    }
    if (value instanceof Duration duration) {
      long nanos =
          duration
              .toNanos(); // Go: whole seconds truncated toward zero, plus the rest as a fraction
      return GoFloats.shortest(
              (double) (nanos / NANOS_PER_SECOND) + (double) (nanos % NANOS_PER_SECOND) / 1e9)
          + "s";
    }
    if (value instanceof Instant instant) {
      return GoJsonEncoder.rfc3339Nano(instant);
    }
    if (value instanceof NullValue) {
      return "null";
    }
    if (value instanceof TypeType type && type.parameters().size() == 1) {
      return type.parameters().get(0).name();
    }
    if (value instanceof List<?> list) {
      List<String> items = new ArrayList<>();
      for (Object item : list) {
        items.add(string(item, index));
      }
      return "[" + String.join(", ", items) + "]";
    }
    if (value instanceof Map<?, ?> map) {
      List<String[]> entries = new ArrayList<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        entries.add(new String[] {string(entry.getKey(), index), string(entry.getValue(), index)});
      }
      entries.sort((a, b) -> CelOrdering.compareCodePoints(a[0], b[0]));
      List<String> items = entries.stream().map(e -> e[0] + ": " + e[1]).toList();
      return "{" + String.join(", ", items) + "}";
    }
    throw typeError(
        index,
        "string clause can only be used on strings, bools, bytes, ints, doubles, maps, lists, "
            + "types, durations, and timestamps",
        value);
  }

  private static String decimal(Object value, int index) throws FormatException {
    if (value instanceof Long || value instanceof UnsignedLong) {
      return value.toString();
    }
    if (value instanceof Double number) {
      return special(number).orElseGet(() -> GoFloats.shortest(number));
    }
    throw typeError(index, "decimal clause can only be used on ints, uints, and doubles", value);
  }

  /** A double clause; ints and uints are converted to double first. */
  private interface DoubleFormat {
    String format(double value);
  }

  private static String floating(Object value, int index, String clause, DoubleFormat format)
      throws FormatException {
    double number;
    if (value instanceof Long integer) {
      number = integer;
    } else if (value instanceof UnsignedLong unsigned) {
      number = unsigned.doubleValue();
    } else if (value instanceof Double d) {
      number = d;
    } else {
      throw typeError(
          index, clause + " clause can only be used on ints, uints, and doubles", value);
    }
    return special(number).orElseGet(() -> format.format(number));
  }

  private static String binary(Object value, int index) throws FormatException {
    if (value instanceof Boolean bool) {
      return bool ? "1" : "0";
    }
    return radix(value, index, 2, "only ints, uints, and bools can be formatted as binary");
  }

  private static String octal(Object value, int index) throws FormatException {
    return radix(value, index, 8, "octal clause can only be used on ints and uints");
  }

  private static String hex(Object value, int index, boolean upper) throws FormatException {
    String hex;
    if (value instanceof String text) {
      hex = HexFormat.of().formatHex(text.getBytes(UTF_8));
    } else if (value instanceof CelByteString bytes) {
      hex = HexFormat.of().formatHex(bytes.toByteArray());
    } else {
      hex = radix(value, index, 16, "only ints, uints, bytes, and strings can be formatted as hex");
    }
    return upper ? hex.toUpperCase(Locale.ROOT) : hex;
  }

  private static String radix(Object value, int index, int radix, String expected)
      throws FormatException {
    if (value instanceof Long integer) {
      return Long.toString(integer, radix);
    }
    if (value instanceof UnsignedLong unsigned) {
      return unsigned.toString(radix);
    }
    throw typeError(index, expected, value);
  }

  private static Optional<String> special(double number) {
    if (Double.isNaN(number)) {
      return Optional.of("NaN");
    }
    if (Double.isInfinite(number)) {
      return Optional.of(number > 0 ? "Infinity" : "-Infinity");
    }
    return Optional.empty();
  }

  private static FormatException typeError(int index, String expected, Object value) {
    return new FormatException(expected + ", was given " + typeName(value), OptionalLong.of(index));
  }

  /** The CEL type name of a runtime value, as cel-go's messages give it. */
  static String typeName(Object value) {
    if (value instanceof Optional<?>) {
      return "optional_type";
    }
    if (value instanceof OpaqueCelValue opaque) {
      return opaque.celType().name();
    }
    if (value instanceof CelType) {
      return "type";
    }
    return CelOrdering.kindOf(value)
        .map(
            kind ->
                switch (kind) {
                  case DURATION -> "google.protobuf.Duration";
                  case TIMESTAMP -> "google.protobuf.Timestamp";
                  default -> kind.celName();
                })
        .orElseGet(
            () ->
                value instanceof List<?>
                    ? "list"
                    : value instanceof Map<?, ?>
                        ? "map"
                        : value instanceof NullValue
                            ? "null_type"
                            : value.getClass().getSimpleName());
  }
}
