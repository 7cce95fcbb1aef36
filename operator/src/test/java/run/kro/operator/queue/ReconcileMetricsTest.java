package run.kro.operator.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pool's meters, by their Micrometer names (the Prometheus registry shows {@code kro.reconcile}
 * as {@code kro_reconcile_total}, {@code kro.reconcile.duration} as {@code
 * kro_reconcile_duration_seconds}, and so on).
 */
class ReconcileMetricsTest {

  private static final Duration PATIENCE = Duration.ofSeconds(10);

  private final MeterRegistry meters = new SimpleMeterRegistry();
  private final WorkQueue<String> queue =
      new WorkQueue<>(
          "instances",
          new BackoffPolicy(
              Duration.ofMillis(1), Duration.ofMillis(5), Double.POSITIVE_INFINITY, 1));
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private WorkerPool<String> pool;

  @AfterEach
  void closePool() {
    pool.close();
  }

  @Test
  void countsReconcilesByResultErrorsRetriesAndDrops() {
    pool =
        new WorkerPool<>(
            "instance",
            queue,
            2,
            1,
            key -> {
              int call = calls.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
              return switch (key) {
                case "ok" -> Outcome.done();
                case "wait" ->
                    call == 1 ? Outcome.requeueAfter(Duration.ofMillis(10)) : Outcome.done();
                default -> throw new IllegalStateException("broken");
              };
            },
            key -> key.equals("broken") ? "Database" : "WebApp",
            meters);
    pool.start();

    queue.add("ok");
    queue.add("wait");
    queue.add("broken");

    await()
        .atMost(PATIENCE)
        .until(
            () ->
                count(ReconcileMetrics.QUEUE_DROPPED, "queue", "instances") == 1
                    && reconciles("WebApp", "success") == 2);
    assertThat(reconciles("WebApp", "requeue")).isEqualTo(1);
    assertThat(reconciles("Database", "error")).isEqualTo(2);
    assertThat(
            count(ReconcileMetrics.RECONCILE_ERRORS, "controller", "instance", "kind", "Database"))
        .isEqualTo(2);
    assertThat(count(ReconcileMetrics.QUEUE_RETRIES, "queue", "instances")).isEqualTo(1);
    assertThat(
            meters
                .get(ReconcileMetrics.RECONCILE_DURATION)
                .tags("controller", "instance", "kind", "WebApp")
                .timer()
                .count())
        .isEqualTo(3);
  }

  @Test
  void theDepthGaugeReadsTheQueueUntilThePoolCloses() {
    pool =
        new WorkerPool<>("instance", queue, 1, 0, key -> Outcome.done(), key -> "WebApp", meters);
    queue.add("a");
    queue.add("b");
    queue.addAfter("c", Duration.ofHours(1));

    assertThat(meters.get(ReconcileMetrics.QUEUE_DEPTH).tag("queue", "instances").gauge().value())
        .isEqualTo(2);

    pool.close();
    assertThat(meters.find(ReconcileMetrics.QUEUE_DEPTH).gauge()).isNull();
  }

  private double reconciles(String kind, String result) {
    return count(
        ReconcileMetrics.RECONCILES, "controller", "instance", "kind", kind, "result", result);
  }

  private double count(String name, String... tags) {
    var counter = meters.find(name).tags(tags).counter();
    return counter == null ? 0 : counter.count();
  }
}
