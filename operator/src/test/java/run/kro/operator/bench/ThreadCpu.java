package run.kro.operator.bench;

import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The CPU time each thread group of a process spent between two readings, largest first, for the
 * benchmark's log.
 */
final class ThreadCpu {

  private ThreadCpu() {}

  static String since(Map<String, Duration> before, Map<String, Duration> after) {
    return after.entrySet().stream()
        .map(
            e ->
                Map.entry(
                    e.getKey(), e.getValue().minus(before.getOrDefault(e.getKey(), Duration.ZERO))))
        .filter(e -> !e.getValue().isZero())
        .sorted(Map.Entry.<String, Duration>comparingByValue(Comparator.reverseOrder()))
        .map(e -> e.getKey() + " " + e.getValue().toMillis() + " ms")
        .collect(Collectors.joining(", "));
  }
}
