package run.kro.ui.base;

import com.vaadin.flow.shared.Registration;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One viewer's watch: every add, update and delete its informers see calls {@code publish} once, a
 * debounce delay later (a burst, like the controller writing ten objects, is published once), and,
 * if asked, every period as well. {@code publish} runs on the shared timer thread; a failure is
 * logged, not thrown, so that the timer keeps serving the other watches. Removing it closes its
 * informers and stops its period; nothing is published after that.
 */
public final class DebouncedWatch implements Registration {

  private static final Logger LOG = LoggerFactory.getLogger(DebouncedWatch.class);

  private final ScheduledExecutorService timer;
  private final Duration debounce;
  private final String what;
  private final Runnable publish;
  private final Consumer<? super DebouncedWatch> onRemove;
  private final List<SharedIndexInformer<?>> informers = new CopyOnWriteArrayList<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private final Changes changes = new Changes();
  private volatile ScheduledFuture<?> period;
  private volatile boolean removed;

  /**
   * @param what the watch, for the log line when {@code publish} fails ("… failed to update")
   * @param onRemove told once the watch is removed, so that its owner forgets it
   */
  public DebouncedWatch(
      ScheduledExecutorService timer,
      Duration debounce,
      String what,
      Runnable publish,
      Consumer<? super DebouncedWatch> onRemove) {
    this.timer = timer;
    this.debounce = debounce;
    this.what = what;
    this.publish = publish;
    this.onRemove = onRemove;
  }

  /** The timer the watches of one service share: one daemon thread, named {@code thread}. */
  public static ScheduledExecutorService timer(String thread) {
    return Executors.newSingleThreadScheduledExecutor(
        task -> {
          Thread daemon = new Thread(task, thread);
          daemon.setDaemon(true);
          return daemon;
        });
  }

  /** The handler to start informers with: each of their events calls {@link #changed}. */
  public ResourceEventHandler<Object> changes() {
    return changes;
  }

  /** Keeps {@code informer} to close on removal; returns it. */
  public <T> SharedIndexInformer<T> add(SharedIndexInformer<T> informer) {
    informers.add(informer);
    return informer;
  }

  /** Publishes every {@code interval} too, for what no informer sees. */
  public void every(Duration interval) {
    period =
        timer.scheduleWithFixedDelay(
            this::publish, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Publishes after the debounce delay, unless a publish is already due. */
  public void changed() {
    if (!removed && scheduled.compareAndSet(false, true)) {
      timer.schedule(this::publish, debounce.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public void remove() {
    removed = true;
    informers.forEach(SharedIndexInformer::close);
    if (period != null) {
      period.cancel(false);
    }
    onRemove.accept(this);
  }

  private void publish() {
    scheduled.set(false); // before publishing: a change from now on schedules another publish
    if (removed) {
      return;
    }
    try {
      publish.run();
    } catch (RuntimeException e) {
      LOG.warn("{} failed to update: {}", what, e.toString());
    }
  }

  private final class Changes implements ResourceEventHandler<Object> {

    @Override
    public void onAdd(Object object) {
      changed();
    }

    @Override
    public void onUpdate(Object before, Object after) {
      changed();
    }

    @Override
    public void onDelete(Object object, boolean finalStateUnknown) {
      changed();
    }
  }
}
