package run.kro.operator.instance;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import java.util.function.Consumer;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.operator.kube.Changes;

/**
 * Turns instance watch events into work. Updates that change only the status (kro's own status writes) are dropped:
 * they cannot change what the instance wants. Resyncs (same resource version) are kept, so a periodic full resync
 * re-checks every instance.
 */
final class InstanceEvents implements ResourceEventHandler<GenericKubernetesResource> {

  private final Consumer<InstanceKey> enqueue;

  InstanceEvents(Consumer<InstanceKey> enqueue) {
    this.enqueue = enqueue;
  }

  @Override
  public void onAdd(GenericKubernetesResource instance) {
    enqueue.accept(key(instance));
  }

  @Override
  public void onUpdate(GenericKubernetesResource before, GenericKubernetesResource after) {
    if (Changes.needWork(before, after)) {
      enqueue.accept(key(after));
    }
  }

  @Override
  public void onDelete(GenericKubernetesResource instance, boolean deletedFinalStateUnknown) {
    enqueue.accept(key(instance));
  }

  static InstanceKey key(GenericKubernetesResource instance) {
    return InstanceKey.of(gvk(instance), instance);
  }

  static GroupVersionKind gvk(GenericKubernetesResource object) {
    return GroupVersionKind.fromApiVersion(object.getApiVersion(), object.getKind()).orElseThrow();
  }
}
