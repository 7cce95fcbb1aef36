package run.kro.backend.cel.library;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Doubles as Go's {@code strconv} writes them for {@code format}: the shortest form that reads back
 * ({@code 'f', -1}), a fixed number of decimals ({@code %.2f}) and scientific notation ({@code
 * %.2e}, two-digit exponent at least). Go rounds the exact binary value half to even, so {@code
 * 0.125} is {@code 0.12} and {@code 1.005} is {@code 1.00}; Java's {@code String.format} rounds its
 * shortest decimal form half up and gives {@code 1.01}, hence this class. Callers handle NaN and
 * the infinities.
 */
final class GoFloats {

  /** Seventeen significant digits always read back as the same double. */
  private static final int MAX_DIGITS = 17;

  private GoFloats() {}

  static String shortest(double value) {
    String sign = isNegative(value) ? "-" : "";
    double magnitude = Math.abs(value);
    if (magnitude == 0) {
      return sign + "0";
    }
    return sign + shortestDigits(magnitude).toPlainString();
  }

  /**
   * The fewest significant digits that read back as the same double, rounded from its exact value.
   * Java 17's {@code Double.toString} is not always shortest ({@code 4.9E-324} for Go's {@code
   * 5e-324}).
   */
  private static BigDecimal shortestDigits(double magnitude) {
    BigDecimal exact = new BigDecimal(magnitude);
    for (int digits = 1; digits < MAX_DIGITS; digits++) {
      BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      if (candidate.doubleValue() == magnitude) {
        return candidate.stripTrailingZeros();
      }
    }
    return exact.round(new MathContext(MAX_DIGITS, RoundingMode.HALF_EVEN)).stripTrailingZeros();
  }

  static String fixed(double value, int decimals) {
    String sign = isNegative(value) ? "-" : "";
    return sign
        + new BigDecimal(Math.abs(value))
            .setScale(decimals, RoundingMode.HALF_EVEN)
            .toPlainString();
  }

  static String scientific(double value, int decimals) {
    String sign = isNegative(value) ? "-" : "";
    double magnitude = Math.abs(value);
    String digits;
    int exponent;
    if (magnitude == 0) {
      digits = "0".repeat(decimals + 1);
      exponent = 0;
    } else {
      BigDecimal rounded =
          new BigDecimal(magnitude).round(new MathContext(decimals + 1, RoundingMode.HALF_EVEN));
      digits = rounded.unscaledValue().toString();
      exponent = digits.length() - 1 - rounded.scale();
      digits = (digits + "0".repeat(decimals + 1)).substring(0, decimals + 1);
    }
    String mantissa = decimals == 0 ? digits : digits.charAt(0) + "." + digits.substring(1);
    String exponentDigits = String.valueOf(Math.abs(exponent));
    return sign
        + mantissa
        + "e"
        + (exponent < 0 ? "-" : "+")
        + (exponentDigits.length() < 2 ? "0" : "")
        + exponentDigits;
  }

  private static boolean isNegative(double value) {
    return value < 0 || (value == 0 && 1 / value < 0);
  }
}
