package run.kro.operator.queue;

import java.time.Duration;

/**
 * A token bucket, as Go's {@code rate.Limiter.Reserve}: tokens refill at {@code qps} up to {@code
 * burst}; each reservation takes one, and when none is left it waits for its turn. Limits the work
 * queue's rate-limited adds and the client's requests. Not thread-safe: callers guard it with their
 * lock.
 */
public final class TokenBucket {

  private static final double NANOS_PER_SECOND = 1e9;

  private final double qps;
  private final int burst;
  private final Ticker ticker;
  private double tokens;
  private long last;

  public TokenBucket(double qps, int burst, Ticker ticker) {
    this.qps = qps;
    this.burst = burst;
    this.ticker = ticker;
    this.tokens = burst;
    this.last = ticker.nanos();
  }

  /**
   * Takes a token and returns how long to wait until it is really there (zero while the burst
   * lasts).
   */
  public Duration reserve() {
    if (Double.isInfinite(qps)) {
      return Duration.ZERO;
    }
    long now = ticker.nanos();
    tokens = Math.min(burst, tokens + (now - last) / NANOS_PER_SECOND * qps);
    last = now;
    tokens -= 1;
    return tokens >= 0
        ? Duration.ZERO
        : Duration.ofNanos((long) Math.ceil(-tokens / qps * NANOS_PER_SECOND));
  }
}
