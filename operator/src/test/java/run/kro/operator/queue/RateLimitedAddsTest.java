package run.kro.operator.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Backoff per key (growth, cap, forget) and the overall token bucket, on a ticker the test moves.
 */
class RateLimitedAddsTest {

  private static final Duration MS = Duration.ofMillis(1);
  private static final double UNLIMITED = Double.POSITIVE_INFINITY;

  private final FakeTicker ticker = new FakeTicker();

  @Test
  void theDefaultsAreUpstreamsControllerRateLimiter() {
    assertThat(BackoffPolicy.DEFAULTS)
        .isEqualTo(new BackoffPolicy(Duration.ofMillis(200), Duration.ofSeconds(1000), 10, 100));
  }

  @Test
  void aPolicyMustMakeSense() {
    assertThatThrownBy(
            () -> new BackoffPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 10, 100))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BackoffPolicy(MS, MS, 0, 100))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BackoffPolicy(MS, MS, 10, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void backoffDoublesUpToItsCapAndForgetStartsOver() {
    WorkQueue<String> queue =
        queue(new BackoffPolicy(Duration.ofMillis(10), Duration.ofMillis(80), UNLIMITED, 1));

    for (long delay : new long[] {10, 20, 40, 80, 80}) {
      queue.addRateLimited("a");
      assertComesOutAfter(queue, "a", Duration.ofMillis(delay));
    }
    assertThat(queue.failures("a")).isEqualTo(5);

    queue.forget("a");

    assertThat(queue.failures("a")).isZero();
    queue.addRateLimited("a");
    assertComesOutAfter(queue, "a", Duration.ofMillis(10));
  }

  @Test
  void failuresAreCountedPerKey() {
    WorkQueue<String> queue =
        queue(new BackoffPolicy(Duration.ofMillis(10), Duration.ofSeconds(10), UNLIMITED, 1));
    queue.addRateLimited("a");
    queue.addRateLimited("a");

    queue.addRateLimited("b");

    assertThat(queue.failures("a")).isEqualTo(2);
    assertThat(queue.failures("b")).isEqualTo(1);
    ticker.advance(Duration.ofMillis(10));
    assertThat(queue.depth()).as("b waits its own first delay, a its earliest").isEqualTo(2);
  }

  @Test
  void theBucketLimitsRateLimitedAddsOnly() {
    WorkQueue<String> queue = queue(new BackoffPolicy(MS, MS, 1, 2));
    for (int i = 0; i < 100; i++) {
      queue.add("plain-" + i);
      queue.addAfter("later-" + i, MS);
    }
    ticker.advance(MS);
    assertThat(queue.depth()).isEqualTo(200);
    drain(queue);

    queue.addRateLimited("x");
    queue.addRateLimited("y");
    queue.addRateLimited("z");
    ticker.advance(MS);

    assertThat(takeNow(queue)).contains("x");
    assertThat(takeNow(queue)).contains("y");
    assertThat(takeNow(queue)).isEmpty();
    assertComesOutAfter(queue, "z", Duration.ofMillis(999));
  }

  @Test
  void theBucketRefillsAtItsRate() {
    WorkQueue<String> queue = queue(new BackoffPolicy(MS, MS, 10, 1));
    queue.addRateLimited("x");
    ticker.advance(Duration.ofMillis(100));
    drain(queue);

    queue.addRateLimited("y");

    assertComesOutAfter(queue, "y", MS);
  }

  @Test
  void theLongerOfBackoffAndBucketWins() {
    WorkQueue<String> queue =
        queue(new BackoffPolicy(Duration.ofMillis(100), Duration.ofSeconds(1000), 1, 1));

    queue.addRateLimited("a");
    queue.addRateLimited("b");

    assertComesOutAfter(queue, "a", Duration.ofMillis(100));
    assertComesOutAfter(queue, "b", Duration.ofMillis(900));
  }

  private WorkQueue<String> queue(BackoffPolicy policy) {
    return new WorkQueue<>("test", policy, ticker);
  }

  /** Not a nanosecond before {@code delay} from now, and then it is there. */
  private void assertComesOutAfter(WorkQueue<String> queue, String key, Duration delay) {
    ticker.advance(delay.minusNanos(1));
    assertThat(takeNow(queue)).as("%s before %s", key, delay).isEmpty();
    ticker.advance(Duration.ofNanos(1));
    assertThat(takeNow(queue)).as("%s after %s", key, delay).contains(key);
    queue.done(key);
  }

  private static void drain(WorkQueue<String> queue) {
    for (Optional<String> key = takeNow(queue); key.isPresent(); key = takeNow(queue)) {
      queue.done(key.get());
    }
  }

  private static Optional<String> takeNow(WorkQueue<String> queue) {
    try {
      return queue.take(Duration.ZERO);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
