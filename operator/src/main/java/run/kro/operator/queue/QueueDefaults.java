package run.kro.operator.queue;

import java.time.Duration;

/**
 * The queue's defaults in one place, as upstream's controller flags have them
 * (docs/design.md#the-work-queue).
 */
public final class QueueDefaults {

  /** {@code --dynamic-controller-rate-limiter-min-delay}. */
  public static final Duration MIN_DELAY = Duration.ofMillis(200);

  /** {@code --dynamic-controller-rate-limiter-max-delay}. */
  public static final Duration MAX_DELAY = Duration.ofSeconds(1000);

  /** {@code --dynamic-controller-rate-limiter-rate-limit}. */
  public static final double QPS = 10;

  /** {@code --dynamic-controller-rate-limiter-burst-limit}. */
  public static final int BURST = 100;

  /** {@code --dynamic-controller-default-queue-max-retries}. */
  public static final int MAX_RETRIES = 20;

  /**
   * {@code --graceful-shutdown-timeout}: how long closing a worker pool waits for reconciles in
   * flight.
   */
  public static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(60);

  private QueueDefaults() {}
}
