package run.kro.operator.instance;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import java.util.Objects;
import java.util.function.Consumer;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.operator.kube.Changes;
import run.kro.operator.kube.OwnWrites;

/**
 * Turns instance watch events into work. Updates that change only the status, and echoes of the
 * controller's own writes, are dropped: they cannot change what the instance wants. Resyncs (same
 * resource version) are kept, so a periodic full resync re-checks every instance.
 */
final class InstanceEvents implements ResourceEventHandler<GenericKubernetesResource> {

  private final Consumer<InstanceKey> enqueue;
  private final Consumer<GroupVersionKind> changed;
  private final OwnWrites ownWrites;

  /**
   * @param changed told the kind of every instance added, changed or deleted, echoes of the
   *     controller's own status writes included: what the rollout driver counts
   */
  InstanceEvents(
      Consumer<InstanceKey> enqueue, Consumer<GroupVersionKind> changed, OwnWrites ownWrites) {
    this.enqueue = enqueue;
    this.changed = changed;
    this.ownWrites = ownWrites;
  }

  @Override
  public void onAdd(GenericKubernetesResource instance) {
    enqueue.accept(key(instance));
    changed.accept(gvk(instance));
  }

  @Override
  public void onUpdate(GenericKubernetesResource before, GenericKubernetesResource after) {
    if (!ownWrites.isEcho(after) && Changes.needWork(before, after)) {
      enqueue.accept(key(after));
    }
    if (!Objects.equals(
        before.getMetadata().getResourceVersion(), after.getMetadata().getResourceVersion())) {
      changed.accept(gvk(after));
    }
  }

  @Override
  public void onDelete(GenericKubernetesResource instance, boolean deletedFinalStateUnknown) {
    ownWrites.forget(instance);
    enqueue.accept(key(instance));
    changed.accept(gvk(instance));
  }

  static InstanceKey key(GenericKubernetesResource instance) {
    return InstanceKey.of(gvk(instance), instance);
  }

  static GroupVersionKind gvk(GenericKubernetesResource object) {
    return GroupVersionKind.fromApiVersion(object.getApiVersion(), object.getKind()).orElseThrow();
  }
}
