package run.kro.ui.instance;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.shared.Registration;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.ui.rg.ApiErrorText;

/**
 * One viewer's live view of one instance: informers on the instance, on its children of each kind
 * and on the Events of its namespace. Any change schedules one snapshot after the debounce delay,
 * so a burst (the controller applying ten children and writing status) is drawn once; the snapshot
 * is built from the informers' caches, without calls to the API server. Removing it closes every
 * informer.
 */
final class LiveInstance implements Registration {

  private static final Logger LOG = LoggerFactory.getLogger(LiveInstance.class);

  private final InstanceSources sources;
  private final Consumer<InstanceSnapshot> onChange;
  private final ScheduledExecutorService timer;
  private final Duration debounce;
  private final Consumer<LiveInstance> onRemove;
  private final List<SharedIndexInformer<GenericKubernetesResource>> children =
      new CopyOnWriteArrayList<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private volatile SharedIndexInformer<GenericKubernetesResource> instance;
  private volatile Optional<SharedIndexInformer<Event>> events = Optional.empty();
  private volatile boolean removed;

  LiveInstance(
      InstanceSources sources,
      Consumer<InstanceSnapshot> onChange,
      ScheduledExecutorService timer,
      Duration debounce,
      Consumer<LiveInstance> onRemove) {
    this.sources = sources;
    this.onChange = onChange;
    this.timer = timer;
    this.debounce = debounce;
    this.onRemove = onRemove;
  }

  /**
   * Starts the informers (each lists first, so this blocks for a moment) and schedules the first
   * snapshot.
   */
  void start() {
    Changes changes = new Changes();
    try {
      instance = sources.instance().inform(changes, 0);
      for (GroupVersionKind kind : sources.childKinds()) {
        sources.forChildren(kind, op -> op.inform(changes, 0)).ifPresent(children::add);
      }
      events = informEvents();
    } catch (KubernetesClientException e) {
      remove();
      throw new InstanceApiException(
          "cannot watch " + sources.describe() + ": " + ApiErrorText.of(e));
    } catch (RuntimeException e) {
      remove();
      throw e;
    }
    changed();
  }

  @Override
  public void remove() {
    removed = true;
    Optional.ofNullable(instance).ifPresent(SharedIndexInformer::close);
    children.forEach(SharedIndexInformer::close);
    events.ifPresent(SharedIndexInformer::close);
    onRemove.accept(this);
  }

  private Optional<SharedIndexInformer<Event>> informEvents() {
    try {
      return Optional.of(sources.events().inform(new Changes(), 0));
    } catch (KubernetesClientException e) {
      if (e.getCode() == ApiErrorText.FORBIDDEN) {
        return Optional.empty(); // events are a help, not a must
      }
      throw e;
    }
  }

  private void changed() {
    if (!removed && scheduled.compareAndSet(false, true)) {
      timer.schedule(this::publish, debounce.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void publish() {
    scheduled.set(
        false); // before reading the caches: a change from now on schedules another snapshot
    if (removed) {
      return;
    }
    try {
      Optional<JsonNode> object =
          instance.getStore().list().stream().findFirst().map(sources::json);
      List<JsonNode> objects = new ArrayList<>();
      children.forEach(
          informer -> informer.getStore().list().stream().map(sources::json).forEach(objects::add));
      List<Event> about = events.map(informer -> informer.getStore().list()).orElse(List.of());
      onChange.accept(sources.assemble(object, objects, about));
    } catch (RuntimeException e) {
      LOG.warn("live view of {} failed to update: {}", sources.describe(), e.toString());
    }
  }

  /** Every add, update and delete of anything watched means: draw again soon. */
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
    public void onDelete(Object object, boolean deletedFinalStateUnknown) {
      changed();
    }
  }
}
