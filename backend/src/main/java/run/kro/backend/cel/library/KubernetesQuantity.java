package run.kro.backend.cel.library;

import dev.cel.common.types.OpaqueType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A Kubernetes resource quantity ({@code 500Mi}, {@code 1.5}, {@code 2e3}) with the behaviour of
 * apimachinery's {@code resource.Quantity}, which the quantity functions expose: which strings
 * parse (and their error texts), the rounding of parsed values up to whole nanos, the cap of
 * binary-suffixed ones at 2^63-1, and the two forms Kubernetes keeps a value in. Most values are an
 * int64 times a power of ten; values that do not fit (many digits, a fraction of a binary suffix,
 * finer than a nano) are kept as an arbitrary decimal, and stay one through {@code add} and {@code
 * sub}. That form decides {@code isInteger}: {@code quantity('1.3Gi')} is never an integer and
 * neither is {@code quantity('1.0')} (a negative power of ten), while {@code quantity('1.5G')} is.
 *
 * <p>Written here rather than with fabric8's {@code Quantity}, which parses suffixes through
 * doubles ({@code 3Ei} comes out 5048 short) and accepts other strings, and does not keep those two
 * forms. Longer than most classes because parsing and arithmetic follow Kubernetes' code path for
 * path; they belong together, as each decides which form a value is in.
 */
final class KubernetesQuantity implements OpaqueCelValue, Comparable<KubernetesQuantity> {

  static final OpaqueType TYPE = OpaqueType.create("kubernetes.Quantity");
  static final String FORMAT_WRONG =
      "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
  static final String NUMERIC = "unable to parse numeric part of quantity";
  static final String SUFFIX = "unable to parse quantity's suffix";

  private static final int MAX_INT64_DIGITS = 18;
  private static final int NANO = -9;
  private static final String SUFFIX_CHARACTERS = "eEinumkKMGTP";
  private static final BigDecimal MAX_BINARY = BigDecimal.valueOf(Long.MAX_VALUE);

  /** The int64 form: {@code value * 10^scale}; used when {@code decimal} is null. */
  private final long value;

  private final int scale;

  /** The arbitrary-decimal form, with the scale Kubernetes' {@code inf.Dec} would have. */
  private final BigDecimal decimal;

  private KubernetesQuantity(long value, int scale, BigDecimal decimal) {
    this.value = value;
    this.scale = scale;
    this.decimal = decimal;
  }

  static KubernetesQuantity ofInt64(long value) {
    return new KubernetesQuantity(value, 0, null);
  }

  /** A suffix read as a base and exponent, and whether it is a binary one (Ki, Mi, ...). */
  private record Suffix(int base, int exponent, boolean binary) {}

  /**
   * The pieces of a quantity string: sign, the number as written, its integer and fraction digits,
   * the suffix.
   */
  private record Parts(
      boolean positive, String number, String integer, String fraction, String suffix) {}

  @Override
  public OpaqueType celType() {
    return TYPE;
  }

  static KubernetesQuantity parse(String text) throws ParseException {
    if (text.isEmpty()) {
      throw new ParseException(FORMAT_WRONG);
    }
    if (text.equals("0")) {
      return ofInt64(0);
    }
    Parts parts = split(text);
    Suffix suffix = interpret(parts.suffix()).orElseThrow(() -> new ParseException(SUFFIX));
    Optional<KubernetesQuantity> exact = int64Form(parts, suffix);
    return exact.isPresent() ? exact.get() : decimalForm(parts, suffix);
  }

  /** The fast path: digits few enough for an int64 at a scale no finer than nano. */
  private static Optional<KubernetesQuantity> int64Form(Parts parts, Suffix suffix)
      throws ParseException {
    int digits = parts.integer().length() + parts.fraction().length();
    int precision;
    int scale = 0;
    long mantissa = 1;
    if (!suffix.binary()) {
      scale = suffix.exponent();
      precision = MAX_INT64_DIGITS - digits;
    } else if (suffix.exponent() >= 0 && parts.fraction().isEmpty()) {
      mantissa = 1L << suffix.exponent();
      precision = 15 - parts.integer().length() - (int) ((float) suffix.exponent() * 3 / 10) - 1;
    } else {
      precision = -1;
    }
    if (precision < 0) {
      return Optional.empty();
    }
    scale -= parts.fraction().length();
    if (scale < NANO) {
      return Optional.empty();
    }
    long shifted;
    try {
      shifted = Long.parseLong(parts.integer() + parts.fraction());
    } catch (NumberFormatException e) {
      throw new ParseException(NUMERIC);
    }
    OptionalLong result = multiply(shifted, mantissa);
    if (result.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new KubernetesQuantity(
            parts.positive() ? result.getAsLong() : -result.getAsLong(), scale, null));
  }

  /** The slow path: exact decimal, rounded up to nanos, binary values capped at 2^63-1. */
  private static KubernetesQuantity decimalForm(Parts parts, Suffix suffix) throws ParseException {
    BigDecimal amount;
    try {
      amount = new BigDecimal(parts.number());
    } catch (NumberFormatException e) {
      throw new ParseException(NUMERIC);
    }
    if (suffix.base() == 10) {
      amount = amount.scaleByPowerOfTen(suffix.exponent());
    } else {
      amount = new BigDecimal(amount.unscaledValue().shiftLeft(suffix.exponent()), amount.scale());
    }
    boolean negative = amount.signum() < 0;
    amount = amount.abs();
    if (amount.signum() != 0) {
      amount = amount.setScale(-NANO, RoundingMode.UP);
    }
    if (suffix.binary() && amount.compareTo(MAX_BINARY) > 0) {
      amount = MAX_BINARY;
    }
    return new KubernetesQuantity(0, 0, negative ? amount.negate() : amount);
  }

  private static Parts split(String text) throws ParseException {
    boolean positive = true;
    int position = 0;
    int end = text.length();
    if (text.charAt(0) == '-' || text.charAt(0) == '+') {
      positive = text.charAt(0) == '+';
      position++;
    }
    while (position < end && text.charAt(position) == '0') {
      position++;
    }
    if (position >= end) {
      return new Parts(positive, "0", "0", "", "");
    }
    int integerStart = position;
    position = skipDigits(text, position);
    String integer = text.substring(integerStart, position);
    if (position >= end) {
      return new Parts(positive, text, integer, "", "");
    }
    integer = integer.isEmpty() ? "0" : integer;
    String fraction = "";
    if (text.charAt(position) == '.') {
      int fractionStart = ++position;
      position = skipDigits(text, position);
      fraction = text.substring(fractionStart, position);
      if (position >= end) {
        return new Parts(positive, text, integer, fraction, "");
      }
    }
    String number = text.substring(0, position);
    int suffixStart = position;
    while (position < end && SUFFIX_CHARACTERS.indexOf(text.charAt(position)) >= 0) {
      position++;
    }
    if (position < end && (text.charAt(position) == '-' || text.charAt(position) == '+')) {
      position++;
    }
    if (skipDigits(text, position) < end) {
      throw new ParseException(FORMAT_WRONG);
    }
    return new Parts(positive, number, integer, fraction, text.substring(suffixStart));
  }

  private static int skipDigits(String text, int from) {
    int position = from;
    while (position < text.length()
        && text.charAt(position) >= '0'
        && text.charAt(position) <= '9') {
      position++;
    }
    return position;
  }

  private static Optional<Suffix> interpret(String suffix) {
    int decimal = "num kMGTPE".indexOf(suffix.isEmpty() ? " " : suffix);
    if (suffix.length() <= 1 && decimal >= 0) {
      return Optional.of(new Suffix(10, (decimal - 3) * 3, false));
    }
    int binary =
        suffix.length() == 2 && suffix.charAt(1) == 'i' ? "KMGTPE".indexOf(suffix.charAt(0)) : -1;
    if (binary >= 0) {
      return Optional.of(new Suffix(2, (binary + 1) * 10, true));
    }
    if (suffix.length() > 1 && (suffix.charAt(0) == 'e' || suffix.charAt(0) == 'E')) {
      try {
        return Optional.of(new Suffix(10, (int) Long.parseLong(suffix.substring(1)), false));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Go's int64Multiply: empty on overflow. */
  private static OptionalLong multiply(long a, long b) {
    try {
      return OptionalLong.of(Math.multiplyExact(a, b));
    } catch (ArithmeticException e) {
      return OptionalLong.empty();
    }
  }

  /** The exact value. */
  BigDecimal toBigDecimal() {
    return decimal != null ? decimal : BigDecimal.valueOf(value, -scale);
  }

  int sign() {
    return toBigDecimal().signum();
  }

  @Override
  public int compareTo(KubernetesQuantity other) {
    return toBigDecimal().compareTo(other.toBigDecimal());
  }

  /**
   * The value as an int64, when it is one in int64 form (never in decimal form, nor at a negative
   * scale).
   */
  OptionalLong asInt64() {
    if (decimal != null || scale < 0) {
      return OptionalLong.empty();
    }
    long result = value;
    for (int i = 0; i < scale; i++) {
      OptionalLong next = multiply(result, 10);
      if (next.isEmpty()) {
        return next;
      }
      result = next.getAsLong();
    }
    return OptionalLong.of(result);
  }

  /**
   * Kubernetes' {@code AsApproximateFloat64}: the unscaled digits as a double times Go's {@code
   * Pow10}.
   */
  double asApproximateFloat() {
    double base = decimal != null ? decimal.unscaledValue().doubleValue() : (double) value;
    int exponent = decimal != null ? -decimal.scale() : scale;
    return exponent == 0 ? base : base * GoPow10.of(exponent);
  }

  KubernetesQuantity add(KubernetesQuantity other) {
    if (decimal == null && other.decimal == null) {
      Optional<KubernetesQuantity> sum = addInt64(other.value, other.scale);
      if (sum.isPresent()) {
        return sum.get();
      }
    }
    return new KubernetesQuantity(0, 0, toBigDecimal().add(other.toBigDecimal()));
  }

  KubernetesQuantity subtract(KubernetesQuantity other) {
    if (decimal == null && other.decimal == null) {
      Optional<KubernetesQuantity> difference = addInt64(-other.value, other.scale);
      if (difference.isPresent()) {
        return difference.get();
      }
    }
    return new KubernetesQuantity(0, 0, toBigDecimal().subtract(other.toBigDecimal()));
  }

  /** Kubernetes' {@code int64Amount.Add}: empty when the int64 form overflows. */
  private Optional<KubernetesQuantity> addInt64(long otherValue, int otherScale) {
    if (otherValue == 0) {
      return Optional.of(this);
    }
    if (value == 0) {
      return Optional.of(new KubernetesQuantity(otherValue, otherScale, null));
    }
    int common = Math.min(scale, otherScale);
    OptionalLong left = scaleUp(value, scale - common);
    OptionalLong right = scaleUp(otherValue, otherScale - common);
    if (left.isEmpty() || right.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new KubernetesQuantity(Math.addExact(left.getAsLong(), right.getAsLong()), common, null));
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  private static OptionalLong scaleUp(long base, int by) {
    OptionalLong result = OptionalLong.of(base);
    for (int i = 0; i < by && result.isPresent(); i++) {
      result = multiply(result.getAsLong(), 10);
    }
    return result;
  }

  /** Equal in value, as Kubernetes compares quantities. */
  @Override
  public boolean equals(Object other) {
    return other instanceof KubernetesQuantity quantity && compareTo(quantity) == 0;
  }

  @Override
  public int hashCode() {
    return toBigDecimal().stripTrailingZeros().hashCode();
  }

  @Override
  public String toString() {
    return toBigDecimal().toPlainString();
  }
}
