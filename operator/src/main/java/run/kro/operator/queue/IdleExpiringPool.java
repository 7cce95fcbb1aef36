package run.kro.operator.queue;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * A fixed-size pool of daemon threads that end after a spell of idleness and are started again by
 * the next task: a steady controller holds none of them, and their stacks go back to the system
 * (each thread that ran costs about 100 KiB of resident memory, docs/performance.md).
 */
public final class IdleExpiringPool {

  /** How long an idle thread waits for work before it ends. */
  public static final Duration KEEP_ALIVE = Duration.ofSeconds(10);

  private IdleExpiringPool() {}

  /**
   * Up to {@code threads} threads named {@code kro-<name>-<n>}; tasks beyond them wait in an
   * unbounded queue.
   */
  public static ExecutorService of(String name, int threads) {
    return of(name, threads, KEEP_ALIVE);
  }

  static ThreadPoolExecutor of(String name, int threads, Duration keepAlive) {
    CustomizableThreadFactory daemons = new CustomizableThreadFactory("kro-" + name + "-");
    daemons.setDaemon(true);
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            keepAlive.toMillis(),
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            daemons);
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }
}
