package run.kro.backend.cel.library;

import com.google.common.primitives.UnsignedLong;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.values.CelByteString;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How cel-go orders two runtime values ({@code Compare}), which the list and sortBy functions use:
 * numbers of any of int, uint and double against each other by value, strings by code point (Go
 * compares their UTF-8 bytes), bytes unsigned, false before true, durations and timestamps in time.
 * Anything else, including NaN, cannot be ordered.
 */
final class CelOrdering {

  /**
   * The runtime kinds cel-go can order; the name is the one cel-go's overload ids and messages use.
   */
  enum Kind {
    INT(SimpleType.INT),
    UINT(SimpleType.UINT),
    DOUBLE(SimpleType.DOUBLE),
    BOOL(SimpleType.BOOL),
    DURATION(SimpleType.DURATION),
    TIMESTAMP(SimpleType.TIMESTAMP),
    STRING(SimpleType.STRING),
    BYTES(SimpleType.BYTES);

    final CelType type;

    Kind(CelType type) {
      this.type = type;
    }

    /** The name cel-go's overload ids use. */
    String celName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private CelOrdering() {}

  private static final Map<Class<?>, Kind> KINDS =
      Map.of(
          Long.class,
          Kind.INT,
          UnsignedLong.class,
          Kind.UINT,
          Double.class,
          Kind.DOUBLE,
          Boolean.class,
          Kind.BOOL,
          Duration.class,
          Kind.DURATION,
          Instant.class,
          Kind.TIMESTAMP,
          String.class,
          Kind.STRING,
          CelByteString.class,
          Kind.BYTES);

  /** The kind of a value that can be ordered, or empty. */
  static Optional<Kind> kindOf(Object value) {
    return KINDS.entrySet().stream()
        .filter(entry -> entry.getKey().isInstance(value))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /**
   * Negative, zero or positive as {@code left} orders before, with or after {@code right}; empty
   * when it cannot.
   */
  static Optional<Integer> compare(Object left, Object right) {
    if (isNumber(left) && isNumber(right)) {
      return numeric(left).flatMap(l -> numeric(right).map(l::compareTo));
    }
    if (left instanceof String a && right instanceof String b) {
      return Optional.of(compareCodePoints(a, b));
    }
    if (left instanceof CelByteString a && right instanceof CelByteString b) {
      return Optional.of(Arrays.compareUnsigned(a.toByteArray(), b.toByteArray()));
    }
    if (left instanceof Boolean a && right instanceof Boolean b) {
      return Optional.of(Boolean.compare(a, b));
    }
    if (left instanceof Duration a && right instanceof Duration b) {
      return Optional.of(a.compareTo(b));
    }
    if (left instanceof Instant a && right instanceof Instant b) {
      return Optional.of(a.compareTo(b));
    }
    return Optional.empty();
  }

  private static boolean isNumber(Object value) {
    return value instanceof Long || value instanceof UnsignedLong || value instanceof Double;
  }

  /**
   * The exact value of a number; empty for NaN, which has no order. Infinities compare past every
   * finite value.
   */
  private static Optional<BigDecimal> numeric(Object value) {
    if (value instanceof Long number) {
      return Optional.of(BigDecimal.valueOf(number));
    }
    if (value instanceof UnsignedLong number) {
      return Optional.of(new BigDecimal(number.bigIntegerValue()));
    }
    double number = (Double) value;
    if (Double.isNaN(number)) {
      return Optional.empty();
    }
    if (Double.isInfinite(number)) {
      return Optional.of(
          BigDecimal.valueOf(number > 0 ? Double.MAX_VALUE : -Double.MAX_VALUE)
              .multiply(BigDecimal.TEN));
    }
    return Optional.of(new BigDecimal(number));
  }

  static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}
