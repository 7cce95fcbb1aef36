package run.kro.operator.queue;

import java.time.Duration;
import java.util.Objects;

/**
 * Delays of the queue: exponential per-key backoff from {@code minDelay} doubling up to {@code
 * maxDelay}, combined (the larger of the two) with an overall token bucket of {@code qps} refill
 * and {@code burst} size, for rate-limited adds only. This is client-go's default controller rate
 * limiter, with kro's defaults (200ms, 1000s, 10 qps, burst 100). A {@code qps} of {@link
 * Double#POSITIVE_INFINITY} turns the bucket off.
 */
public record BackoffPolicy(Duration minDelay, Duration maxDelay, double qps, int burst) {

  public static final BackoffPolicy DEFAULTS =
      new BackoffPolicy(
          QueueDefaults.MIN_DELAY, QueueDefaults.MAX_DELAY, QueueDefaults.QPS, QueueDefaults.BURST);

  public BackoffPolicy {
    Objects.requireNonNull(minDelay, "minDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (minDelay.isNegative() || maxDelay.compareTo(minDelay) < 0) {
      throw new IllegalArgumentException(
          "need 0 <= minDelay <= maxDelay, got " + minDelay + " and " + maxDelay);
    }
    if (!(qps > 0) || burst < 1) {
      throw new IllegalArgumentException(
          "need qps > 0 and burst >= 1, got " + qps + " and " + burst);
    }
  }
}
