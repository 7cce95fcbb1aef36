package run.kro.operator.rg;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import java.util.Objects;

/**
 * A CRD that becomes established, changes its schema or goes away can make a ResourceGroup valid
 * (it uses that kind) or need repair (its generated CRD was deleted): every ResourceGroup is looked
 * at again. Compiling is cheap and an unchanged ResourceGroup writes nothing.
 */
final class CrdEvents implements ResourceEventHandler<GenericKubernetesResource> {

  private final Runnable recheckAll;

  CrdEvents(Runnable recheckAll) {
    this.recheckAll = recheckAll;
  }

  @Override
  public void onAdd(GenericKubernetesResource crd) {
    recheckAll.run();
  }

  @Override
  public void onUpdate(GenericKubernetesResource before, GenericKubernetesResource after) {
    boolean changed =
        !Objects.equals(before.getMetadata().getGeneration(), after.getMetadata().getGeneration())
            || !Objects.equals(
                before.getAdditionalProperties().get("status"),
                after.getAdditionalProperties().get("status"));
    if (changed) {
      recheckAll.run();
    }
  }

  @Override
  public void onDelete(GenericKubernetesResource crd, boolean deletedFinalStateUnknown) {
    recheckAll.run();
  }
}
