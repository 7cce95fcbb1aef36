package run.kro.backend.cel.library;

import com.google.common.primitives.UnsignedLong;
import dev.cel.common.values.CelByteString;
import dev.cel.common.values.NullValue;
import dev.cel.runtime.CelEvaluationException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes cel-java runtime values as JSON text byte-for-byte like Go's {@code json.Marshal} does for
 * the values upstream kro hands it, so that {@code json.marshal} output (often hashed or compared)
 * matches: map keys sorted by their UTF-8 bytes, {@code <>&} and U+2028/U+2029 escaped, floats in
 * Go's shortest form ({@code 1}, not {@code 1.0}; exponent only below 1e-6 or from 1e21), bytes as
 * base64, timestamps as RFC 3339 with trimmed nanoseconds, durations as nanoseconds. Jackson cannot
 * be configured to all of these, hence the hand-written form.
 */
final class GoJsonEncoder {

  private static final String FAILED_CONVERT = "json.marshal failed to convert value: ";
  private static final String FAILED_ENCODE = "json.marshal failed to encode value: ";
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final double EXPONENT_BELOW = 1e-6;
  private static final double EXPONENT_FROM = 1e21;
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
  private static final Comparator<String> BY_UTF8 =
      (a, b) ->
          Arrays.compareUnsigned(
              a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

  private GoJsonEncoder() {}

  static String encode(Object value) throws CelEvaluationException {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) throws CelEvaluationException {
    if (value instanceof NullValue) {
      out.append("null");
    } else if (value instanceof Optional<?> optional) {
      write(optional.isPresent() ? optional.get() : NullValue.NULL_VALUE, out);
    } else if (value instanceof Boolean || value instanceof Long || value instanceof UnsignedLong) {
      out.append(value);
    } else if (value instanceof Double number) {
      out.append(formatDouble(number));
    } else if (value instanceof String text) {
      writeString(text, out);
    } else if (value instanceof CelByteString bytes) {
      out.append('"').append(Base64.getEncoder().encodeToString(bytes.toByteArray())).append('"');
    } else if (value instanceof Instant instant) {
      out.append('"').append(rfc3339Nano(instant)).append('"');
    } else if (value instanceof Duration duration) {
      out.append(nanoseconds(duration));
    } else if (value instanceof Map<?, ?> map) {
      writeMap(map, out);
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ",");
        write(list.get(i), out);
      }
      out.append(']');
    } else {
      throw new CelEvaluationException(
          FAILED_CONVERT + "unsupported type: " + value.getClass().getSimpleName());
    }
  }

  private static void writeMap(Map<?, ?> map, StringBuilder out) throws CelEvaluationException {
    List<String> keys = new ArrayList<>(map.size());
    for (Object key : map.keySet()) {
      if (!(key instanceof String text)) {
        throw new CelEvaluationException(
            FAILED_CONVERT + "map key must be string, got " + goTypeName(key));
      }
      keys.add(text);
    }
    keys.sort(BY_UTF8);
    out.append('{');
    for (int i = 0; i < keys.size(); i++) {
      out.append(i == 0 ? "" : ",");
      writeString(keys.get(i), out);
      out.append(':');
      write(map.get(keys.get(i)), out);
    }
    out.append('}');
  }

  private static void writeString(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '<', '>', '&', '\u2028', '\u2029' -> unicodeEscape(c, out);
        default -> {
          if (c < 0x20) {
            unicodeEscape(c, out);
          } else if (Character.isSurrogate(c) && !isPairedSurrogate(text, i)) {
            out.append("\\ufffd"); // Go replaces invalid UTF-8 with U+FFFD
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static boolean isPairedSurrogate(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  private static void unicodeEscape(char c, StringBuilder out) {
    out.append("\\u")
        .append(HEX[c >> 12 & 0xF])
        .append(HEX[c >> 8 & 0xF])
        .append(HEX[c >> 4 & 0xF])
        .append(HEX[c & 0xF]);
  }

  /**
   * Go's encoding/json float64 form: strconv 'f' with shortest digits, or 'e' outside [1e-6, 1e21).
   */
  static String formatDouble(double number) throws CelEvaluationException {
    if (Double.isNaN(number) || Double.isInfinite(number)) {
      String shown = Double.isNaN(number) ? "NaN" : number > 0 ? "+Inf" : "-Inf";
      throw new CelEvaluationException(FAILED_ENCODE + "json: unsupported value: " + shown);
    }
    String sign = (number < 0 || (number == 0 && 1 / number < 0)) ? "-" : "";
    double magnitude = Math.abs(number);
    if (magnitude == 0) {
      return sign + "0";
    }
    BigDecimal digits = new BigDecimal(Double.toString(magnitude)).stripTrailingZeros();
    if (magnitude >= EXPONENT_BELOW && magnitude < EXPONENT_FROM) {
      return sign + digits.toPlainString();
    }
    String unscaled = digits.unscaledValue().toString();
    int exponent = digits.precision() - digits.scale() - 1;
    String mantissa =
        unscaled.length() == 1 ? unscaled : unscaled.charAt(0) + "." + unscaled.substring(1);
    String exponentDigits = String.valueOf(Math.abs(exponent));
    // strconv pads the exponent to two digits; encoding/json then drops the pad again for negative
    // ones
    if (exponent > 0 && exponentDigits.length() < 2) {
      exponentDigits = "0" + exponentDigits;
    }
    return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exponentDigits;
  }

  static String rfc3339Nano(Instant instant) {
    String fraction = "";
    if (instant.getNano() != 0) {
      fraction = String.format(".%09d", instant.getNano()).replaceFirst("0+$", "");
    }
    return SECONDS.format(instant) + fraction + "Z";
  }

  private static long nanoseconds(Duration duration) throws CelEvaluationException {
    try {
      return duration.toNanos();
    } catch (ArithmeticException e) {
      throw new CelEvaluationException(
          FAILED_CONVERT + "duration " + duration + " does not fit in int64 nanoseconds");
    }
  }

  private static String goTypeName(Object key) {
    if (key instanceof Long) {
      return "int64";
    } else if (key instanceof UnsignedLong) {
      return "uint64";
    } else if (key instanceof Boolean) {
      return "bool";
    }
    return key.getClass().getSimpleName();
  }
}
