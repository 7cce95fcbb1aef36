package run.kro.operator.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/**
 * What the pool does with each outcome, retries and drops, one worker per key, and a graceful
 * close.
 */
class WorkerPoolTest {

  private static final Duration PATIENCE = Duration.ofSeconds(10);
  private static final BackoffPolicy FAST =
      new BackoffPolicy(Duration.ofMillis(1), Duration.ofMillis(10), Double.POSITIVE_INFINITY, 1);

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final WorkQueue<String> queue = new WorkQueue<>("instances", FAST);
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private WorkerPool<String> pool;

  @AfterEach
  void closePool() {
    if (pool != null) {
      pool.close();
    }
  }

  /** A key that names itself in logs. */
  private record Named(String name) implements LogFields {
    @Override
    public Map<String, String> logFields() {
      return Map.of("kro.name", name);
    }
  }

  @Test
  void aKeysLogFieldsAreInTheLoggingContextDuringItsReconcileOnly() {
    WorkQueue<Named> named = new WorkQueue<>("named", FAST);
    List<String> seen = new CopyOnWriteArrayList<>();
    try (WorkerPool<Named> namedPool =
        new WorkerPool<>(
            "named",
            named,
            1,
            5,
            key -> {
              seen.add(String.valueOf(MDC.get("kro.name")));
              return Outcome.done();
            },
            key -> "Named",
            meters)) {
      namedPool.start();
      named.add(new Named("shop"));
      named.add(new Named("docs"));
      await().atMost(PATIENCE).until(() -> seen.size() == 2);
    }
    assertThat(seen).containsExactlyInAnyOrder("shop", "docs");
    assertThat(MDC.get("kro.name")).isNull();
  }

  @Test
  void doneForgetsTheFailures() {
    start(
        1,
        5,
        key -> {
          if (count(key) == 1) {
            throw new IllegalStateException("not yet");
          }
          return Outcome.done();
        });

    queue.add("a");

    await().atMost(PATIENCE).until(() -> calls("a") == 2 && queue.failures("a") == 0);
  }

  @Test
  void requeueAfterForgetsTheFailuresAndLooksAgainLater() {
    List<Long> starts = new CopyOnWriteArrayList<>();
    List<Integer> failuresSeen = new CopyOnWriteArrayList<>();
    start(
        1,
        5,
        key -> {
          starts.add(System.nanoTime());
          failuresSeen.add(queue.failures(key));
          return switch (count(key)) {
            case 1 -> throw new IllegalStateException("not yet");
            case 2 -> Outcome.requeueAfter(Duration.ofMillis(50));
            default -> Outcome.done();
          };
        });

    queue.add("a");

    await().atMost(PATIENCE).until(() -> calls("a") == 3);
    assertThat(failuresSeen).containsExactly(0, 1, 0);
    assertThat(Duration.ofNanos(starts.get(2) - starts.get(1)))
        .isGreaterThanOrEqualTo(Duration.ofMillis(50));
  }

  @Test
  void anExceptionIsRetriedWithBackoff() {
    List<Long> starts = new CopyOnWriteArrayList<>();
    WorkQueue<String> slower =
        new WorkQueue<>(
            "slower",
            new BackoffPolicy(
                Duration.ofMillis(20), Duration.ofSeconds(1), Double.POSITIVE_INFINITY, 1));
    pool =
        new WorkerPool<>(
            "instance",
            slower,
            1,
            5,
            key -> {
              starts.add(System.nanoTime());
              if (count(key) <= 2) {
                throw new IllegalStateException("boom");
              }
              return Outcome.done();
            },
            key -> "WebApp",
            meters);
    pool.start();

    slower.add("a");

    await().atMost(PATIENCE).until(() -> calls("a") == 3 && slower.failures("a") == 0);
    assertThat(Duration.ofNanos(starts.get(1) - starts.get(0)))
        .isGreaterThanOrEqualTo(Duration.ofMillis(20));
    assertThat(Duration.ofNanos(starts.get(2) - starts.get(1)))
        .isGreaterThanOrEqualTo(Duration.ofMillis(40));
  }

  @Test
  void aKeyIsDroppedAfterItsMaximumRetries() {
    start(
        1,
        3,
        key -> {
          count(key);
          throw new IllegalStateException("always");
        });

    queue.add("a");

    await().atMost(PATIENCE).until(() -> calls("a") == 4 && queue.failures("a") == 0);
    await().during(Duration.ofMillis(100)).atMost(PATIENCE).until(() -> calls("a") == 4);
    assertThat(queue.depth()).isZero();
    assertThat(queue.delayedCount()).isZero();
  }

  @Test
  void aThrowingReconcileDoesNotKillItsWorker() {
    start(
        1,
        0,
        key -> {
          count(key);
          if (key.equals("bad")) {
            throw new AssertionError("a bug in a reconciler");
          }
          if (key.equals("worse")) {
            throw new StackOverflowError();
          }
          if (key.equals("interrupted")) {
            throw new InterruptedException("not by close()");
          }
          return Outcome.done();
        });

    queue.add("bad");
    queue.add("worse");
    queue.add("interrupted");
    queue.add("good");

    await().atMost(PATIENCE).until(() -> calls("good") == 1);
    assertThat(calls("bad")).isEqualTo(1);
    assertThat(calls("worse")).isEqualTo(1);
    assertThat(calls("interrupted")).isEqualTo(1);
  }

  @Test
  void oneKeyIsNeverReconciledByTwoWorkersAtOnce() {
    Set<String> inFlight = ConcurrentHashMap.newKeySet();
    AtomicInteger overlaps = new AtomicInteger();
    start(
        4,
        0,
        key -> {
          if (!inFlight.add(key)) {
            overlaps.incrementAndGet();
          }
          if (count(key) < 50) {
            queue.add(key); // comes back after done, never to a second worker meanwhile
          }
          Thread.yield();
          inFlight.remove(key);
          return Outcome.done();
        });

    List.of("a", "b", "c").forEach(queue::add);

    await().atMost(PATIENCE).until(() -> calls("a") == 50 && calls("b") == 50 && calls("c") == 50);
    assertThat(overlaps).hasValue(0);
  }

  @Test
  void closeWaitsForReconcilesInFlight() {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean finished = new AtomicBoolean();
    start(
        2,
        0,
        key -> {
          started.countDown();
          release.await();
          finished.set(true);
          return Outcome.done();
        });
    queue.add("a");
    await().atMost(PATIENCE).until(() -> started.getCount() == 0);

    CompletableFuture<Void> closing = CompletableFuture.runAsync(pool::close);

    await().during(Duration.ofMillis(200)).atMost(PATIENCE).until(() -> !closing.isDone());
    release.countDown();
    await().atMost(PATIENCE).until(closing::isDone);
    assertThat(finished).isTrue();
    assertThat(queue.isShutDown()).isTrue();
  }

  @Test
  void closeInterruptsReconcilesStillRunningAfterTheTimeout() {
    CountDownLatch started = new CountDownLatch(1);
    AtomicBoolean interrupted = new AtomicBoolean();
    pool =
        new WorkerPool<>(
            "instance",
            queue,
            1,
            0,
            key -> {
              started.countDown();
              try {
                new CountDownLatch(1).await();
              } catch (InterruptedException e) {
                interrupted.set(true);
                throw e;
              }
              return Outcome.done();
            },
            key -> "WebApp",
            meters,
            Duration.ofMillis(100));
    pool.start();
    queue.add("a");
    await().atMost(PATIENCE).until(() -> started.getCount() == 0);

    CompletableFuture<Void> closing = CompletableFuture.runAsync(pool::close);

    await().atMost(PATIENCE).until(closing::isDone);
    await().atMost(PATIENCE).untilTrue(interrupted);
  }

  private void start(int workers, int maxRetries, KeyReconciler<String> reconciler) {
    pool =
        new WorkerPool<>(
            "instance",
            queue,
            workers,
            maxRetries,
            reconciler,
            key -> "WebApp",
            meters,
            Duration.ofSeconds(5));
    pool.start();
  }

  /** Counts a call for the key and returns how many there have been, this one included. */
  private int count(String key) {
    return calls.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
  }

  private int calls(String key) {
    AtomicInteger count = calls.get(key);
    return count == null ? 0 : count.get();
  }
}
