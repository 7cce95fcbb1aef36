package run.kro.operator.queue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Per-key failure counts and the delay they earn: {@code min * 2^failures}, capped at {@code max}.
 * Not thread-safe: the work queue guards it with its lock.
 */
final class ExponentialBackoff<K> {

  private final long minNanos;
  private final long maxNanos;
  private final Map<K, Integer> failures = new HashMap<>();

  ExponentialBackoff(Duration min, Duration max) {
    this.minNanos = min.toNanos();
    this.maxNanos = max.toNanos();
  }

  /** The delay for the key's current failure count, which then goes up by one. */
  Duration next(K key) {
    int previous = failures.merge(key, 1, Integer::sum) - 1;
    // A double cannot overflow here; it saturates far above any max we would be given.
    double nanos = minNanos * Math.pow(2, previous);
    return Duration.ofNanos(nanos >= maxNanos ? maxNanos : (long) nanos);
  }

  int failures(K key) {
    return failures.getOrDefault(key, 0);
  }

  void forget(K key) {
    failures.remove(key);
  }
}
