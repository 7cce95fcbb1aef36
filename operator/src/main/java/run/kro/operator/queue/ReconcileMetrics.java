package run.kro.operator.queue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The meters of one worker pool and its queue. Micrometer names use dots; the Prometheus registry
 * turns them into the names in each constant's comment (a counter gains {@code _total}, a timer
 * {@code _seconds}).
 */
public final class ReconcileMetrics {

  /** {@code kro_reconcile_total{controller,kind,result}}, result one of success, requeue, error. */
  public static final String RECONCILES = "kro.reconcile";

  /** {@code kro_reconcile_duration_seconds{controller,kind}} (count, sum, max). */
  public static final String RECONCILE_DURATION = "kro.reconcile.duration";

  /** {@code kro_reconcile_errors_total{controller,kind}}. */
  public static final String RECONCILE_ERRORS = "kro.reconcile.errors";

  /** {@code kro_queue_depth{queue}}: keys waiting to be taken. */
  public static final String QUEUE_DEPTH = "kro.queue.depth";

  /** {@code kro_queue_retries_total{queue}}: rate-limited requeues after a failed reconcile. */
  public static final String QUEUE_RETRIES = "kro.queue.retries";

  /** {@code kro_queue_dropped_total{queue}}: keys given up after their maximum retries. */
  public static final String QUEUE_DROPPED = "kro.queue.dropped";

  static final String SUCCESS = "success";
  static final String REQUEUE = "requeue";
  static final String ERROR = "error";

  private final MeterRegistry registry;
  private final String controller;
  private final Gauge depth;
  private final Counter retries;
  private final Counter dropped;

  ReconcileMetrics(MeterRegistry registry, String controller, WorkQueue<?> queue) {
    this.registry = registry;
    this.controller = controller;
    this.depth =
        Gauge.builder(QUEUE_DEPTH, queue, WorkQueue::depth)
            .tag("queue", queue.name())
            .description("Keys waiting to be taken")
            .strongReference(true)
            .register(registry);
    this.retries =
        Counter.builder(QUEUE_RETRIES)
            .tag("queue", queue.name())
            .description("Rate-limited requeues after a failed reconcile")
            .register(registry);
    this.dropped =
        Counter.builder(QUEUE_DROPPED)
            .tag("queue", queue.name())
            .description("Keys given up after their maximum retries")
            .register(registry);
  }

  Timer.Sample start() {
    return Timer.start(registry);
  }

  /** Counts one reconcile of {@code kind} with its result, and its duration. */
  void finished(Timer.Sample sample, String kind, String result) {
    sample.stop(
        Timer.builder(RECONCILE_DURATION)
            .tags("controller", controller, "kind", kind)
            .description("Time spent in one reconcile")
            .register(registry));
    Counter.builder(RECONCILES)
        .tags("controller", controller, "kind", kind, "result", result)
        .description("Reconciles by result")
        .register(registry)
        .increment();
    if (ERROR.equals(result)) {
      Counter.builder(RECONCILE_ERRORS)
          .tags("controller", controller, "kind", kind)
          .description("Reconciles that failed")
          .register(registry)
          .increment();
    }
  }

  void retried() {
    retries.increment();
  }

  void dropped() {
    dropped.increment();
  }

  /** The depth gauge would otherwise keep reading a queue that is gone. */
  void close() {
    registry.remove(depth);
  }
}
