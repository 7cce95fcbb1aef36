package run.kro.operator.instance;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.Map;
import java.util.OptionalLong;
import run.kro.backend.api.KroMetadata;
import run.kro.backend.rollout.RevisionChoice;
import run.kro.backend.rollout.RolloutSettings;
import run.kro.backend.status.KroStatusFields;
import run.kro.operator.registry.RolloutTarget;

/** Reads what an instance says about its revision: its pin, its admission and what it runs. */
public final class InstanceRevision {

  private InstanceRevision() {}

  public static RevisionChoice choose(GenericKubernetesResource instance, RolloutTarget target) {
    return RevisionChoice.of(facts(instance), target.mode(), target.revision());
  }

  public static RevisionChoice.Facts facts(GenericKubernetesResource instance) {
    Map<String, String> annotations = instance.getMetadata().getAnnotations();
    return new RevisionChoice.Facts(
        RolloutSettings.revision(annotations, KroMetadata.GRAPH_REVISION),
        current(instance),
        RolloutSettings.revision(annotations, KroMetadata.ADMITTED_REVISION));
  }

  /** The revision the instance was last reconciled with. */
  public static OptionalLong current(GenericKubernetesResource instance) {
    Object revision = instance.get("status", KroStatusFields.GRAPH_REVISION);
    return revision instanceof Number number
        ? OptionalLong.of(number.longValue())
        : OptionalLong.empty();
  }
}
