package run.kro.operator.kube;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionCondition;
import java.util.Optional;

/** Reads the conditions the API server sets on a CRD: Established, NamesAccepted. */
public final class CrdConditions {

  private CrdConditions() {}

  /** The API serves the CRD's kind. */
  public static boolean established(CustomResourceDefinition crd) {
    return crd != null && condition(crd, "Established", "True").isPresent();
  }

  /** The condition of {@code type} when it has {@code status}. */
  public static Optional<CustomResourceDefinitionCondition> condition(
      CustomResourceDefinition crd, String type, String status) {
    return crd.getStatus() == null || crd.getStatus().getConditions() == null
        ? Optional.empty()
        : crd.getStatus().getConditions().stream()
            .filter(c -> type.equals(c.getType()) && status.equals(c.getStatus()))
            .findFirst();
  }
}
