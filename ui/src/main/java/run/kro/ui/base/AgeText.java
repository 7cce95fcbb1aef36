package run.kro.ui.base;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** An object's age as kubectl prints it: 45s, 12m, 5h, 3d. */
public final class AgeText {

  private AgeText() {}

  public static String since(Optional<Instant> created, Instant now) {
    return created.map(c -> of(Duration.between(c, now))).orElse("");
  }

  public static String of(Duration age) {
    long seconds = Math.max(0, age.getSeconds());
    if (seconds < 120) {
      return seconds + "s";
    }
    if (seconds < 2 * 3600) {
      return seconds / 60 + "m";
    }
    if (seconds < 2 * 86400) {
      return seconds / 3600 + "h";
    }
    return seconds / 86400 + "d";
  }
}
