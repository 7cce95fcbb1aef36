package run.kro.operator.queue;

/**
 * A monotonic clock in nanoseconds, for delays and the token bucket. Production uses {@link
 * #system()}; tests pass a ticker they advance by hand, so backoff and delays can be checked
 * without waiting.
 */
@FunctionalInterface
public interface Ticker {

  long nanos();

  static Ticker system() {
    return System::nanoTime;
  }
}
