package run.kro.ui.instance;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.shared.Registration;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.ui.base.DebouncedWatch;
import run.kro.ui.rg.ApiErrorText;

/**
 * One viewer's live view of one instance: informers on the instance, on its children of each kind
 * and on the Events of its namespace. Any change schedules one snapshot after the debounce delay,
 * so a burst (the controller applying ten children and writing status) is drawn once; the snapshot
 * is built from the informers' caches, without calls to the API server. Removing it closes every
 * informer.
 */
final class LiveInstance implements Registration {

  private final InstanceSources sources;
  private final Consumer<InstanceSnapshot> onChange;
  private final DebouncedWatch watch;
  private final List<SharedIndexInformer<GenericKubernetesResource>> children =
      new CopyOnWriteArrayList<>();
  private volatile SharedIndexInformer<GenericKubernetesResource> instance;
  private volatile Optional<SharedIndexInformer<Event>> events = Optional.empty();

  LiveInstance(
      InstanceSources sources,
      Consumer<InstanceSnapshot> onChange,
      ScheduledExecutorService timer,
      Duration debounce,
      Consumer<LiveInstance> onRemove) {
    this.sources = sources;
    this.onChange = onChange;
    this.watch =
        new DebouncedWatch(
            timer,
            debounce,
            "live view of " + sources.describe(),
            this::publish,
            removed -> onRemove.accept(this));
  }

  /**
   * Starts the informers (each lists first, so this blocks for a moment) and schedules the first
   * snapshot.
   */
  void start() {
    try {
      instance = watch.add(sources.instance().inform(watch.changes(), 0));
      for (GroupVersionKind kind : sources.childKinds()) {
        sources
            .forChildren(kind, op -> watch.add(op.inform(watch.changes(), 0)))
            .ifPresent(children::add);
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
    watch.changed();
  }

  @Override
  public void remove() {
    watch.remove();
  }

  private Optional<SharedIndexInformer<Event>> informEvents() {
    try {
      return Optional.of(watch.add(sources.events().inform(watch.changes(), 0)));
    } catch (KubernetesClientException e) {
      if (e.getCode() == ApiErrorText.FORBIDDEN) {
        return Optional.empty(); // events are a help, not a must
      }
      throw e;
    }
  }

  /** A snapshot from the informers' caches; {@link DebouncedWatch} logs a failure. */
  private void publish() {
    Optional<JsonNode> object = instance.getStore().list().stream().findFirst().map(sources::json);
    List<JsonNode> objects = new ArrayList<>();
    children.forEach(
        informer -> informer.getStore().list().stream().map(sources::json).forEach(objects::add));
    List<Event> about = events.map(informer -> informer.getStore().list()).orElse(List.of());
    onChange.accept(sources.assemble(object, objects, about));
  }
}
