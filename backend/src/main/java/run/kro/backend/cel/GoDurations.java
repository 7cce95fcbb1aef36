package run.kro.backend.cel;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints and reads durations as Go and Kubernetes write them ({@code 1h30m0s}, {@code 1.5s}): CEL
 * results end up in YAML, and fields with {@code format: duration} are read back into CEL
 * durations.
 */
public final class GoDurations {

  private static final Pattern PART =
      Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)");
  private static final Map<String, Long> NANOS_PER_UNIT =
      Map.of(
          "ns",
          1L,
          "us",
          1_000L,
          "µs",
          1_000L,
          "μs",
          1_000L,
          "ms",
          1_000_000L,
          "s",
          1_000_000_000L,
          "m",
          60_000_000_000L,
          "h",
          3_600_000_000_000L);

  private GoDurations() {}

  /**
   * Go's {@code time.ParseDuration}: a signed sequence of decimal numbers with units, or {@code 0}.
   */
  public static Optional<Duration> parse(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    boolean negative = text.startsWith("-");
    String unsigned = negative || text.startsWith("+") ? text.substring(1) : text;
    if (unsigned.equals("0")) {
      return Optional.of(Duration.ZERO);
    }
    Matcher part = PART.matcher(unsigned);
    BigDecimal nanos = BigDecimal.ZERO;
    int end = 0;
    while (part.find() && part.start() == end) {
      nanos =
          nanos.add(
              new BigDecimal(part.group(1))
                  .multiply(BigDecimal.valueOf(NANOS_PER_UNIT.get(part.group(2)))));
      end = part.end();
    }
    if (end == 0 || end != unsigned.length()) {
      return Optional.empty();
    }
    Duration duration = Duration.ofNanos(nanos.longValue());
    return Optional.of(negative ? duration.negated() : duration);
  }

  static String format(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    StringBuilder out = new StringBuilder(duration.isNegative() ? "-" : "");
    Duration d = duration.abs();
    long hours = d.toHours();
    long minutes = d.toMinutesPart();
    if (hours > 0) {
      out.append(hours).append('h');
    }
    if (hours > 0 || minutes > 0) {
      out.append(minutes).append('m');
    }
    out.append(d.toSecondsPart());
    int nanos = d.toNanosPart();
    if (nanos > 0) {
      out.append('.').append(String.format("%09d", nanos).replaceAll("0+$", ""));
    }
    return out.append('s').toString();
  }
}
