package run.kro.operator.heap;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Asks for full collections when the heap has grown since the last compaction and the collectors
 * have been quiet for a span: the collector then returns what the heap no longer needs (down to the
 * live objects plus {@code -XX:MaxHeapFreeRatio}, never below the initial heap size). Quiet means
 * at most one collection in the span: a busy controller collects its young generation several times
 * a second, an idle one every minute or so (lease renewals and watch bookmarks still allocate), and
 * waiting for a span with none at all would put the compaction anywhere in the minutes after a
 * burst. A busy controller is never interrupted, and an idle one is compacted once per burst, not
 * periodically.
 */
public final class IdleHeapCompaction implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(IdleHeapCompaction.class);

  /** How much the heap must have grown since the last compaction: an eighth, and 2 MiB at least. */
  private static final long MIN_GROWTH = 2L << 20;

  private static final int CHECKS_PER_SPAN = 3;

  /** The collections a quiet span may have: the young generation filling now and then. */
  private static final long QUIET_COLLECTIONS = 1;

  private static final int MAX_COLLECTIONS = 4;

  private final Duration quiet;
  private final LongSupplier collections;
  private final LongSupplier committed;
  private final Runnable collect;
  private ScheduledExecutorService timer;

  /** The collection counts of the last checks, a span's worth and one, oldest overwritten first. */
  private final long[] recentCounts = new long[CHECKS_PER_SPAN + 1];

  private int checks;
  private long committedAfter;

  /** Reads this JVM's collectors and heap and collects with {@link System#gc()}. */
  public static IdleHeapCompaction of(Duration quiet) {
    List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    return new IdleHeapCompaction(
        quiet,
        () -> collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum(),
        () -> memory.getHeapMemoryUsage().getCommitted(),
        System::gc);
  }

  IdleHeapCompaction(
      Duration quiet, LongSupplier collections, LongSupplier committed, Runnable collect) {
    this.quiet = quiet;
    this.collections = collections;
    this.committed = committed;
    this.collect = collect;
    this.committedAfter = committed.getAsLong();
  }

  /** Three checks per quiet span. */
  Duration checkInterval() {
    return quiet.dividedBy(CHECKS_PER_SPAN);
  }

  /** One look: called every {@link #checkInterval()}. */
  synchronized void check() {
    long count = collections.getAsLong();
    recentCounts[checks % recentCounts.length] = count;
    checks++;
    if (checks < recentCounts.length) {
      return;
    }
    long spanAgo = recentCounts[checks % recentCounts.length];
    long now = committed.getAsLong();
    if (count - spanAgo <= QUIET_COLLECTIONS
        && now > committedAfter + Math.max(MIN_GROWTH, committedAfter / 8)) {
      committedAfter = compact(now);
      checks = 0;
      LOG.debug("idle: heap compacted from {} to {} bytes committed", now, committedAfter);
    }
  }

  /**
   * Collects until the heap stops shrinking, {@value #MAX_COLLECTIONS} times at most: the serial
   * collector shrinks in steps ({@code -XX:+ShrinkHeapInSteps}, the default: none of the excess the
   * first time, then a tenth, two fifths, all), so that a burst that pauses does not give back what
   * its next part takes again; here the burst is over.
   */
  private long compact(long before) {
    long size = before;
    for (int i = 0; i < MAX_COLLECTIONS; i++) {
      collect.run();
      long after = committed.getAsLong();
      if (i > 0 && after >= size) {
        return after;
      }
      size = after;
    }
    return size;
  }

  @Override
  public synchronized void start() {
    if (quiet.isZero() || quiet.isNegative() || timer != null) {
      return;
    }
    CustomizableThreadFactory daemon = new CustomizableThreadFactory("kro-idle-heap-");
    daemon.setDaemon(true);
    timer = Executors.newSingleThreadScheduledExecutor(daemon);
    long period = checkInterval().toMillis();
    timer.scheduleWithFixedDelay(this::check, period, period, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    if (timer != null) {
      timer.shutdownNow();
      timer = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return timer != null;
  }
}
