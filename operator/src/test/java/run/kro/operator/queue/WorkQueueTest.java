package run.kro.operator.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The queue's contract: dedupe, one worker per key, re-queue after done, delays, shutdown. */
class WorkQueueTest {

  private final FakeTicker ticker = new FakeTicker();
  private final WorkQueue<String> queue = new WorkQueue<>("test", BackoffPolicy.DEFAULTS, ticker);

  @Test
  void aKeyIsQueuedAtMostOnce() {
    queue.add("a");
    queue.add("b");
    queue.add("a");

    assertThat(queue.depth()).isEqualTo(2);
    assertThat(takeNow()).contains("a");
    assertThat(takeNow()).contains("b");
    assertThat(takeNow()).isEmpty();
  }

  @Test
  void aKeyBeingProcessedIsNotHandedOutAgain() {
    queue.add("a");
    assertThat(takeNow()).contains("a");

    queue.add("a");
    queue.add("a");

    assertThat(takeNow()).isEmpty();
    assertThat(queue.depth()).isZero();
  }

  @Test
  void aKeyAddedWhileProcessedIsQueuedOnceWhenDone() {
    queue.add("a");
    takeNow();
    queue.add("a");
    queue.add("a");

    queue.done("a");

    assertThat(queue.depth()).isEqualTo(1);
    assertThat(takeNow()).contains("a");
    queue.done("a");
    assertThat(queue.depth()).isZero();
  }

  @Test
  void concurrentWorkersNeverShareAKey() throws Exception {
    Set<String> inFlight = ConcurrentHashMap.newKeySet();
    AtomicInteger overlaps = new AtomicInteger();
    AtomicInteger processed = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(4);
    for (int i = 0; i < 4; i++) {
      workers.submit(
          () -> {
            while (!queue.isShutDown()) {
              Optional<String> key = queue.take(Duration.ofMillis(50));
              key.ifPresent(
                  k -> {
                    if (!inFlight.add(k)) {
                      overlaps.incrementAndGet();
                    }
                    Thread.yield();
                    inFlight.remove(k);
                    processed.incrementAndGet();
                    queue.done(k);
                  });
            }
            return null;
          });
    }
    for (int i = 0; i < 5_000; i++) {
      queue.add("key-" + (i % 3));
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> queue.depth() == 0 && inFlight.isEmpty());
    queue.shutDown();
    workers.shutdown();
    assertThat(workers.awaitTermination(5, TimeUnit.SECONDS)).isTrue();

    assertThat(overlaps).hasValue(0);
    assertThat(processed.get()).isPositive();
  }

  @Test
  void takeGivesUpAfterItsTimeout() throws InterruptedException {
    assertThat(queue.take(Duration.ofMillis(20))).isEmpty();
  }

  @Test
  void aWaitingTakerGetsAKeyAddedLater() {
    CompletableFuture<Optional<String>> taken = takeAsync(queue);
    await()
        .during(Duration.ofMillis(50))
        .atMost(Duration.ofSeconds(1))
        .until(() -> !taken.isDone());

    queue.add("a");

    await().atMost(Duration.ofSeconds(5)).until(taken::isDone);
    assertThat(taken.join()).contains("a");
  }

  @Test
  void shutDownReleasesWaitingTakersAndIgnoresAdds() {
    CompletableFuture<Optional<String>> taken = takeAsync(queue);
    await()
        .during(Duration.ofMillis(50))
        .atMost(Duration.ofSeconds(1))
        .until(() -> !taken.isDone());

    queue.shutDown();
    queue.add("a");
    queue.addAfter("b", Duration.ofSeconds(1));

    await().atMost(Duration.ofSeconds(5)).until(taken::isDone);
    assertThat(taken.join()).isEmpty();
    assertThat(queue.isShutDown()).isTrue();
    assertThat(queue.depth()).isZero();
    assertThat(queue.delayedCount()).isZero();
  }

  @Test
  void delayedKeysComeOutWhenDueEarliestFirst() {
    queue.addAfter("a", Duration.ofSeconds(2));
    queue.addAfter("b", Duration.ofSeconds(1));
    queue.addAfter("c", Duration.ofSeconds(1));
    assertThat(queue.delayedCount()).isEqualTo(3);
    assertThat(queue.depth()).isZero();

    ticker.advance(Duration.ofSeconds(1));

    assertThat(takeNow()).contains("b");
    assertThat(takeNow()).contains("c");
    assertThat(takeNow()).isEmpty();
    ticker.advance(Duration.ofSeconds(1));
    assertThat(takeNow()).contains("a");
    assertThat(queue.delayedCount()).isZero();
  }

  @Test
  void theEarlierDelayWins() {
    queue.addAfter("a", Duration.ofSeconds(5));
    queue.addAfter("a", Duration.ofSeconds(1));
    queue.addAfter("b", Duration.ofSeconds(1));
    queue.addAfter("b", Duration.ofSeconds(5));
    assertThat(queue.delayedCount()).isEqualTo(2);

    ticker.advance(Duration.ofSeconds(1));

    assertThat(queue.depth()).isEqualTo(2);
    assertThat(queue.delayedCount()).isZero();
  }

  @Test
  void aZeroDelayAddsAtOnce() {
    queue.addAfter("a", Duration.ZERO);

    assertThat(queue.depth()).isEqualTo(1);
    assertThat(queue.delayedCount()).isZero();
  }

  @Test
  void aDelayedKeyAlreadyQueuedIsNotQueuedTwice() {
    queue.add("a");
    queue.addAfter("a", Duration.ofSeconds(1));
    ticker.advance(Duration.ofSeconds(1));

    assertThat(queue.depth()).isEqualTo(1);
  }

  @Test
  void aWaitingTakerWakesUpForADelayedKey() {
    WorkQueue<String> realTime = new WorkQueue<>("real", BackoffPolicy.DEFAULTS);
    CompletableFuture<Optional<String>> taken = takeAsync(realTime);

    realTime.addAfter("a", Duration.ofMillis(50));

    await().atMost(Duration.ofSeconds(5)).until(taken::isDone);
    assertThat(taken.join()).contains("a");
  }

  private Optional<String> takeNow() {
    try {
      return queue.take(Duration.ZERO);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  private static CompletableFuture<Optional<String>> takeAsync(WorkQueue<String> queue) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return queue.take(Duration.ofSeconds(30));
          } catch (InterruptedException e) {
            throw new AssertionError(e);
          }
        });
  }
}
