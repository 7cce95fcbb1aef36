package run.kro.backend.cel;

import java.time.Duration;

/** Prints durations as Go and Kubernetes do ({@code 1h30m0s}, {@code 1.5s}), since CEL results end up in YAML. */
final class GoDurations {

  private GoDurations() {}

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
