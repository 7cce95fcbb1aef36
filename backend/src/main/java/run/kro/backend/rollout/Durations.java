package run.kro.backend.rollout;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations as Kubernetes users write them in annotations: {@code 30s}, {@code 5m}, {@code
 * 1h30m}, {@code 500ms}. Hand-written because java.time reads only ISO-8601 ({@code PT30S}), which
 * nobody writes in a manifest.
 */
public final class Durations {

  private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h)");

  private Durations() {}

  public static Optional<Duration> parse(String text) {
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      return Optional.empty();
    }
    Matcher matcher = PART.matcher(trimmed);
    Duration total = Duration.ZERO;
    int end = 0;
    while (matcher.find()) {
      if (matcher.start() != end) {
        return Optional.empty();
      }
      long amount = Long.parseLong(matcher.group(1));
      total =
          total.plus(
              switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
              });
      end = matcher.end();
    }
    return end == trimmed.length() ? Optional.of(total) : Optional.empty();
  }

  /** The shortest way to write {@code duration} back: {@code 90s} is {@code 1m30s}. */
  public static String format(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    if (duration.toMillisPart() != 0) {
      return duration.toMillis() + "ms";
    }
    StringBuilder text = new StringBuilder();
    if (duration.toHours() > 0) {
      text.append(duration.toHours()).append('h');
    }
    if (duration.toMinutesPart() > 0) {
      text.append(duration.toMinutesPart()).append('m');
    }
    if (duration.toSecondsPart() > 0) {
      text.append(duration.toSecondsPart()).append('s');
    }
    return text.toString();
  }
}
