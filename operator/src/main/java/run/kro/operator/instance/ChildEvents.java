package run.kro.operator.instance;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import java.util.function.Consumer;

/**
 * Wakes the instance a child belongs to, named by the child's kro labels, whenever the child changes: its status
 * (readiness), its spec (drift), or its existence (deleted by someone, or gone during a deletion wave).
 */
final class ChildEvents implements ResourceEventHandler<GenericKubernetesResource> {

  private final Consumer<InstanceKey> enqueue;

  ChildEvents(Consumer<InstanceKey> enqueue) {
    this.enqueue = enqueue;
  }

  @Override
  public void onAdd(GenericKubernetesResource child) {
    InstanceKey.ofChild(child).ifPresent(enqueue);
  }

  @Override
  public void onUpdate(GenericKubernetesResource before, GenericKubernetesResource after) {
    InstanceKey.ofChild(after).ifPresent(enqueue);
  }

  @Override
  public void onDelete(GenericKubernetesResource child, boolean deletedFinalStateUnknown) {
    InstanceKey.ofChild(child).ifPresent(enqueue);
  }
}
