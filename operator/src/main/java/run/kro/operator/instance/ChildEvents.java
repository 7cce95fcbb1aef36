package run.kro.operator.instance;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import java.util.Objects;
import java.util.function.Consumer;
import run.kro.operator.kube.OwnWrites;
import run.kro.operator.kube.UnseenApplies;

/**
 * Wakes the instance a child belongs to, named by the child's kro labels, whenever the child
 * changes: its status (readiness), its spec (drift), or its existence (deleted by someone, or gone
 * during a deletion wave) — but not for the echo of kro's own apply, whose result the reconcile
 * already used. Tells {@link UnseenApplies} what the cache now shows.
 */
final class ChildEvents implements ResourceEventHandler<GenericKubernetesResource> {

  private final Consumer<InstanceKey> enqueue;
  private final OwnWrites ownWrites;
  private final UnseenApplies unseen;

  ChildEvents(Consumer<InstanceKey> enqueue, OwnWrites ownWrites, UnseenApplies unseen) {
    this.enqueue = enqueue;
    this.ownWrites = ownWrites;
    this.unseen = unseen;
  }

  @Override
  public void onAdd(GenericKubernetesResource child) {
    unseen.seen(child);
    if (!ownWrites.isEcho(child)) {
      InstanceKey.ofChild(child).ifPresent(enqueue);
    }
  }

  @Override
  public void onUpdate(GenericKubernetesResource before, GenericKubernetesResource after) {
    unseen.seen(after);
    boolean resync =
        Objects.equals(
            before.getMetadata().getResourceVersion(), after.getMetadata().getResourceVersion());
    if (resync || !ownWrites.isEcho(after)) {
      InstanceKey.ofChild(after).ifPresent(enqueue);
    }
  }

  @Override
  public void onDelete(GenericKubernetesResource child, boolean deletedFinalStateUnknown) {
    ownWrites.forget(child);
    unseen.forget(child);
    InstanceKey.ofChild(child).ifPresent(enqueue);
  }
}
