package run.kro.operator.queue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A set of keys to work on, as client-go's rate-limited workqueue: a key is queued at most once; a
 * key being processed is never handed to a second worker; a key added while it is processed is
 * queued again when {@link #done} is called. Delayed keys join the queue when due (checked whenever
 * the queue is used, and by waiting takers). After {@link #shutDown()} adds are ignored and {@link
 * #take} hands out nothing more; keys still queued stay where they are (the next leader or start
 * picks them up from a resync). Thread-safe.
 */
public final class WorkQueue<K> {

  private final String name;
  private final Ticker ticker;
  private final ExponentialBackoff<K> backoff;
  private final TokenBucket bucket;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final ArrayDeque<K> queue = new ArrayDeque<>();

  /** Keys that need processing: those in {@link #queue} and those added again while processed. */
  private final Set<K> dirty = new HashSet<>();

  private final Set<K> processing = new HashSet<>();
  private final DelayedKeys<K> delayed = new DelayedKeys<>();
  private boolean shuttingDown;

  public WorkQueue(String name, BackoffPolicy backoff) {
    this(name, backoff, Ticker.system());
  }

  /** With a ticker of its own, for tests that move time by hand. */
  public WorkQueue(String name, BackoffPolicy backoff, Ticker ticker) {
    this.name = Objects.requireNonNull(name, "name");
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    this.backoff = new ExponentialBackoff<>(backoff.minDelay(), backoff.maxDelay());
    this.bucket = new TokenBucket(backoff.qps(), backoff.burst(), ticker);
  }

  public String name() {
    return name;
  }

  public void add(K key) {
    Objects.requireNonNull(key, "key");
    lock.lock();
    try {
      if (shuttingDown || !dirty.add(key)) {
        return;
      }
      if (!processing.contains(key)) {
        queue.addLast(key);
        changed.signal();
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Adds the key once {@code delay} has passed; if it is already waiting, the earlier moment wins.
   */
  public void addAfter(K key, Duration delay) {
    Objects.requireNonNull(key, "key");
    if (delay.isNegative() || delay.isZero()) {
      add(key);
      return;
    }
    lock.lock();
    try {
      if (shuttingDown) {
        return;
      }
      delayed.schedule(key, ticker.nanos() + delay.toNanos());
      // A waiting taker may now have to wake up earlier than it planned.
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Adds the key after the larger of its backoff (from its failure count, which then goes up) and
   * the bucket's.
   */
  public void addRateLimited(K key) {
    Objects.requireNonNull(key, "key");
    lock.lock();
    try {
      if (shuttingDown) {
        return;
      }
      Duration perKey = backoff.next(key);
      Duration overall = bucket.reserve();
      addAfter(key, perKey.compareTo(overall) >= 0 ? perKey : overall);
    } finally {
      lock.unlock();
    }
  }

  /** Resets the key's failure count; a delayed add already scheduled stays. */
  public void forget(K key) {
    lock.lock();
    try {
      backoff.forget(key);
    } finally {
      lock.unlock();
    }
  }

  /** How many rate-limited adds the key has had since it was last forgotten. */
  public int failures(K key) {
    lock.lock();
    try {
      return backoff.failures(key);
    } finally {
      lock.unlock();
    }
  }

  /**
   * The next key to work on, marked as processing until {@link #done}; empty when none came within
   * {@code timeout} or the queue is shut down.
   */
  public Optional<K> take(Duration timeout) throws InterruptedException {
    long remaining = timeout.toNanos();
    lock.lockInterruptibly();
    try {
      while (!shuttingDown) {
        promoteDue();
        K key = queue.pollFirst();
        if (key != null) {
          dirty.remove(key);
          processing.add(key);
          return Optional.of(key);
        }
        if (remaining <= 0) {
          return Optional.empty();
        }
        long wait = Math.min(remaining, untilNextDue());
        remaining -= wait - changed.awaitNanos(wait);
      }
      return Optional.empty();
    } finally {
      lock.unlock();
    }
  }

  /** Ends the processing of a key; if it was added meanwhile, it is queued again. */
  public void done(K key) {
    lock.lock();
    try {
      if (processing.remove(key) && dirty.contains(key)) {
        queue.addLast(key);
        changed.signal();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Keys waiting to be taken: neither delayed nor being processed. */
  public int depth() {
    lock.lock();
    try {
      promoteDue();
      return queue.size();
    } finally {
      lock.unlock();
    }
  }

  /** Keys waiting for their delay to pass. */
  public int delayedCount() {
    lock.lock();
    try {
      promoteDue();
      return delayed.size();
    } finally {
      lock.unlock();
    }
  }

  public void shutDown() {
    lock.lock();
    try {
      shuttingDown = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  public boolean isShutDown() {
    lock.lock();
    try {
      return shuttingDown;
    } finally {
      lock.unlock();
    }
  }

  private void promoteDue() {
    for (K key : delayed.takeDue(ticker.nanos())) {
      add(key);
    }
  }

  /**
   * Nanoseconds until the next delayed key is due (at least one, so a taker never spins), or
   * forever.
   */
  private long untilNextDue() {
    OptionalLong next = delayed.nextReadyAt();
    return next.isPresent()
        ? Math.max(1, next.getAsLong() - ticker.nanos())
        : TimeUnit.DAYS.toNanos(1);
  }
}
