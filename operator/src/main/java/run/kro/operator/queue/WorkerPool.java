package run.kro.operator.queue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * N threads taking keys from a queue and reconciling them. {@link Outcome.Done} forgets the key's
 * failures; {@link Outcome.RequeueAfter} forgets them and adds the key after the delay; an
 * exception adds it rate-limited until it has failed {@code maxRetries} times in a row, then logs
 * an ERROR and drops it (it comes back with the next watch event or resync). A reconcile that
 * throws never kills a worker thread (only a {@link VirtualMachineError} other than a stack
 * overflow does, as the process is then beyond saving). Records the metrics of {@link
 * ReconcileMetrics}.
 */
public final class WorkerPool<K> implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WorkerPool.class);

  /**
   * How long an idle worker waits for a key before it looks again. Shutting the queue down wakes it
   * at once, so this is only a safety net; it is long because every wake-up of an idle controller
   * costs CPU for nothing.
   */
  private static final Duration TAKE_TIMEOUT = Duration.ofMinutes(5);

  private static final String UNKNOWN_KIND = "unknown";

  private final String name;
  private final WorkQueue<K> queue;
  private final int workers;
  private final int maxRetries;
  private final KeyReconciler<K> reconciler;
  private final Function<K, String> kindOf;
  private final Duration shutdownTimeout;
  private final ReconcileMetrics metrics;
  private final List<Thread> threads = new ArrayList<>();
  private boolean started;
  private boolean closed;

  public WorkerPool(
      String name,
      WorkQueue<K> queue,
      int workers,
      int maxRetries,
      KeyReconciler<K> reconciler,
      Function<K, String> kindOf,
      MeterRegistry meters) {
    this(
        name,
        queue,
        workers,
        maxRetries,
        reconciler,
        kindOf,
        meters,
        QueueDefaults.SHUTDOWN_TIMEOUT);
  }

  /** With {@code shutdownTimeout}: how long {@link #close()} waits for reconciles in flight. */
  public WorkerPool(
      String name,
      WorkQueue<K> queue,
      int workers,
      int maxRetries,
      KeyReconciler<K> reconciler,
      Function<K, String> kindOf,
      MeterRegistry meters,
      Duration shutdownTimeout) {
    if (workers < 1 || maxRetries < 0) {
      throw new IllegalArgumentException(
          "need workers >= 1 and maxRetries >= 0, got " + workers + ", " + maxRetries);
    }
    this.name = Objects.requireNonNull(name, "name");
    this.queue = Objects.requireNonNull(queue, "queue");
    this.workers = workers;
    this.maxRetries = maxRetries;
    this.reconciler = Objects.requireNonNull(reconciler, "reconciler");
    this.kindOf = Objects.requireNonNull(kindOf, "kindOf");
    this.shutdownTimeout = Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
    this.metrics = new ReconcileMetrics(Objects.requireNonNull(meters, "meters"), name, queue);
  }

  public synchronized void start() {
    if (started || closed) {
      throw new IllegalStateException(
          "worker pool " + name + " was already " + (closed ? "closed" : "started"));
    }
    started = true;
    for (int i = 0; i < workers; i++) {
      // Daemon threads: a pool nobody closed must not keep the JVM alive; close() is the graceful
      // path.
      Thread thread = new Thread(this::work, "kro-" + name + "-worker-" + i);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
  }

  /**
   * Shuts the queue down and waits up to the shutdown timeout for reconciles in flight; workers
   * still busy after it are interrupted. Idempotent.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    queue.shutDown();
    long deadline = System.nanoTime() + shutdownTimeout.toNanos();
    try {
      for (Thread thread : threads) {
        long left = deadline - System.nanoTime();
        if (left > 0) {
          thread.join(Duration.ofNanos(left).toMillis() + 1);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<Thread> busy = threads.stream().filter(Thread::isAlive).toList();
    if (!busy.isEmpty()) {
      LOG.warn(
          "{}: {} reconcile(s) still running after {}; interrupting them",
          name,
          busy.size(),
          shutdownTimeout);
      busy.forEach(Thread::interrupt);
    }
    metrics.close();
  }

  private void work() {
    while (!queue.isShutDown() && !Thread.currentThread().isInterrupted()) {
      Optional<K> key;
      try {
        key = queue.take(TAKE_TIMEOUT);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      key.ifPresent(this::process);
    }
  }

  private void process(K key) {
    Map<String, String> fields = key instanceof LogFields named ? named.logFields() : Map.of();
    fields.forEach(MDC::put);
    try {
      reconcileOnce(key);
    } finally {
      fields.keySet().forEach(MDC::remove);
    }
  }

  private void reconcileOnce(K key) {
    String kind = kindOf(key);
    Timer.Sample sample = metrics.start();
    String result = ReconcileMetrics.ERROR;
    try {
      Outcome outcome = reconciler.reconcile(key);
      if (outcome instanceof Outcome.RequeueAfter requeue) {
        queue.forget(key);
        queue.addAfter(key, requeue.delay());
        result = ReconcileMetrics.REQUEUE;
      } else if (outcome instanceof Outcome.Done) {
        queue.forget(key);
        result = ReconcileMetrics.SUCCESS;
      } else {
        failed(key, new IllegalStateException("reconciler returned no outcome"));
      }
    } catch (InterruptedException e) {
      if (queue.isShutDown()) {
        // Interrupted by close(): the worker ends; the key comes back with the next start's resync.
        Thread.currentThread().interrupt();
      } else {
        failed(key, e);
      }
    } catch (Throwable e) {
      if (e instanceof VirtualMachineError fatal && !(e instanceof StackOverflowError)) {
        throw fatal;
      }
      failed(key, e);
    } finally {
      metrics.finished(sample, kind, result);
      queue.done(key);
    }
  }

  private void failed(K key, Throwable error) {
    if (queue.isShutDown()) {
      LOG.debug("{}: reconcile of {} failed while shutting down", name, key, error);
      return;
    }
    int failures = queue.failures(key);
    if (failures < maxRetries) {
      LOG.warn(
          "{}: reconcile of {} failed (retry {} of {}): {}",
          name,
          key,
          failures + 1,
          maxRetries,
          error.toString());
      LOG.debug("{}: reconcile of {} failed", name, key, error);
      queue.addRateLimited(key);
      metrics.retried();
    } else {
      LOG.error(
          "{}: dropping {} after {} retries; it comes back with its next event or resync",
          name,
          key,
          maxRetries,
          error);
      queue.forget(key);
      metrics.dropped();
    }
  }

  private String kindOf(K key) {
    try {
      return Objects.requireNonNullElse(kindOf.apply(key), UNKNOWN_KIND);
    } catch (RuntimeException e) {
      return UNKNOWN_KIND;
    }
  }
}
