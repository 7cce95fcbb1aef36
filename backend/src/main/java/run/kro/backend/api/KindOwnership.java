package run.kro.backend.api;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import java.util.Map;
import java.util.Optional;

/**
 * Who may define an instance kind: the ResourceGroup whose name the kind's CRD carries in its
 * {@link KroMetadata#RESOURCE_GRAPH_DEFINITION_NAME} label. A ResourceGroup may take over neither a
 * CRD that KRO does not own nor one that another ResourceGroup owns; the controller refuses to
 * install its kind then, and the console reports the same conflict before saving.
 */
public final class KindOwnership {

  /**
   * Why {@code resourceGroup} may not define the kind: a condition reason and a sentence a person
   * can act on.
   */
  public record Conflict(String reason, String message) {}

  private KindOwnership() {}

  /** The ResourceGroup that owns {@code crd}; empty when KRO does not own it. */
  public static Optional<String> owner(CustomResourceDefinition crd) {
    Map<String, String> labels =
        Optional.ofNullable(crd.getMetadata().getLabels()).orElse(Map.of());
    return "true".equals(labels.get(KroMetadata.OWNED))
        ? Optional.ofNullable(labels.get(KroMetadata.RESOURCE_GRAPH_DEFINITION_NAME))
        : Optional.empty();
  }

  /**
   * Why ResourceGroup {@code resourceGroup} may not define the kind of {@code existing}, the CRD
   * already installed under the name its own CRD would have; empty when it owns that CRD.
   */
  public static Optional<Conflict> conflict(
      CustomResourceDefinition existing, String resourceGroup) {
    String kind =
        "kind "
            + existing.getSpec().getNames().getKind()
            + " ("
            + existing.getSpec().getGroup()
            + ")";
    Optional<String> owner = owner(existing);
    if (owner.isEmpty()) {
      return Optional.of(
          new Conflict(
              "NotOwned",
              kind
                  + " is already defined by CRD "
                  + existing.getMetadata().getName()
                  + ", which KRO does not own"));
    }
    if (!resourceGroup.equals(owner.get())) {
      return Optional.of(
          new Conflict(
              "OwnedByAnother", kind + " is already defined by ResourceGroup " + owner.get()));
    }
    return Optional.empty();
  }
}
