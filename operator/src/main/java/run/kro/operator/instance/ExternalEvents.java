package run.kro.operator.instance;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import java.util.Objects;
import java.util.function.Consumer;

/** Wakes the instances that read an external object when it appears, changes or goes away. */
final class ExternalEvents implements ResourceEventHandler<GenericKubernetesResource> {

  private final ExternalWatchers watchers;
  private final Consumer<InstanceKey> enqueue;

  ExternalEvents(ExternalWatchers watchers, Consumer<InstanceKey> enqueue) {
    this.watchers = watchers;
    this.enqueue = enqueue;
  }

  @Override
  public void onAdd(GenericKubernetesResource object) {
    watchers.changed(InstanceEvents.gvk(object), object, enqueue);
  }

  @Override
  public void onUpdate(GenericKubernetesResource before, GenericKubernetesResource after) {
    if (!Objects.equals(
        before.getMetadata().getResourceVersion(), after.getMetadata().getResourceVersion())) {
      watchers.changed(InstanceEvents.gvk(after), after, enqueue);
    }
  }

  @Override
  public void onDelete(GenericKubernetesResource object, boolean deletedFinalStateUnknown) {
    watchers.changed(InstanceEvents.gvk(object), object, enqueue);
  }
}
