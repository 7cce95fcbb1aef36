package run.kro.operator.rg;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionCondition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import run.kro.backend.api.KindOwnership;
import run.kro.backend.api.KroMetadata;
import run.kro.backend.model.ResourceGroup;
import run.kro.backend.schema.compat.CompatibilityReport;
import run.kro.backend.schema.compat.SchemaCompatibility;
import run.kro.operator.kube.CrdConditions;
import run.kro.operator.kube.Json;
import run.kro.operator.kube.JsonEquality;
import run.kro.operator.kube.JsonSubset;

/**
 * Creates or updates a ResourceGroup's generated CRD
 * (docs/design.md#crd-ownership-and-breaking-changes). A CRD kro does not own, or that another
 * ResourceGroup owns, is never touched; a schema change that would break existing instances is
 * refused unless the ResourceGroup carries {@code kro.run/allow-breaking-changes: "true"}. An
 * unchanged CRD is not written.
 */
final class CrdInstaller {

  static final String ALLOW_BREAKING_CHANGES = ResourceGroup.ALLOW_BREAKING_CHANGES_ANNOTATION;

  private static final Duration ESTABLISH_WAIT = Duration.ofSeconds(5);

  private final KubernetesClient client;

  CrdInstaller(KubernetesClient client) {
    this.client = client;
  }

  CrdOutcome ensure(CustomResourceDefinition desired, boolean allowBreakingChanges) {
    String name = desired.getMetadata().getName();
    var crds = client.apiextensions().v1().customResourceDefinitions();
    CustomResourceDefinition existing = crds.withName(name).get();
    if (existing == null) {
      crds.resource(desired).create();
      return afterWrite(name, "created");
    }
    String desiredOwner =
        desired.getMetadata().getLabels().get(KroMetadata.RESOURCE_GRAPH_DEFINITION_NAME);
    Optional<KindOwnership.Conflict> conflict = KindOwnership.conflict(existing, desiredOwner);
    if (conflict.isPresent()) {
      return new CrdOutcome.Refused(conflict.get().reason(), conflict.get().message());
    }
    CompatibilityReport report = SchemaCompatibility.compare(existing, desired);
    if (report.hasBreakingChanges() && !allowBreakingChanges) {
      return new CrdOutcome.Refused(
          "BreakingChanges",
          "cannot update CRD "
              + name
              + ": breaking changes detected: "
              + report.describeBreaking()
              + "; to apply them anyway, annotate the ResourceGroup with "
              + ALLOW_BREAKING_CHANGES
              + ": \"true\"");
    }
    if (!isCurrent(existing, desired)) {
      existing
          .getMetadata()
          .setLabels(merged(existing.getMetadata().getLabels(), desired.getMetadata().getLabels()));
      existing
          .getMetadata()
          .setAnnotations(
              merged(
                  existing.getMetadata().getAnnotations(), desired.getMetadata().getAnnotations()));
      existing.setSpec(desired.getSpec());
      crds.resource(existing).update();
      return afterWrite(name, "updated");
    }
    return CrdConditions.established(existing)
        ? new CrdOutcome.Ready()
        : new CrdOutcome.Waiting("waiting for CRD " + name + " to be established");
  }

  /**
   * A CRD is usually established within a second of being written; waiting that long here saves a
   * requeue. Names that clash with another CRD's never get accepted: that is the user's to fix.
   */
  private CrdOutcome afterWrite(String name, String what) {
    var crd = client.apiextensions().v1().customResourceDefinitions().withName(name);
    try {
      crd.waitUntilCondition(
          c ->
              c == null
                  || CrdConditions.established(c)
                  || CrdConditions.condition(c, "NamesAccepted", "False").isPresent(),
          ESTABLISH_WAIT.toMillis(),
          TimeUnit.MILLISECONDS);
    } catch (KubernetesClientException e) {
      return new CrdOutcome.Waiting(
          "CRD " + name + " " + what + ", waiting for it to be established");
    }
    CustomResourceDefinition now = crd.get();
    if (CrdConditions.established(now)) {
      return new CrdOutcome.Ready();
    }
    Optional<CustomResourceDefinitionCondition> refused =
        now == null ? Optional.empty() : CrdConditions.condition(now, "NamesAccepted", "False");
    return refused
        .<CrdOutcome>map(
            c -> new CrdOutcome.Refused("NamesNotAccepted", "CRD " + name + ": " + c.getMessage()))
        .orElse(
            new CrdOutcome.Waiting(
                "CRD " + name + " " + what + ", waiting for it to be established"));
  }

  private static boolean isCurrent(
      CustomResourceDefinition existing, CustomResourceDefinition desired) {
    boolean metadataCurrent =
        holds(existing.getMetadata().getLabels(), desired.getMetadata().getLabels())
            && holds(
                existing.getMetadata().getAnnotations(), desired.getMetadata().getAnnotations());
    return metadataCurrent
        && JsonSubset.heldBy(
            Json.MAPPER.valueToTree(desired.getSpec()), Json.MAPPER.valueToTree(existing.getSpec()))
        && sameSchemas(existing, desired);
  }

  private static boolean holds(Map<String, String> existing, Map<String, String> desired) {
    Map<String, String> actual = Optional.ofNullable(existing).orElse(Map.of());
    return Optional.ofNullable(desired).orElse(Map.of()).entrySet().stream()
        .allMatch(e -> Objects.equals(actual.get(e.getKey()), e.getValue()));
  }

  /** A subset check alone would miss removed properties: schemas must match exactly. */
  private static boolean sameSchemas(
      CustomResourceDefinition existing, CustomResourceDefinition desired) {
    var existingVersions = existing.getSpec().getVersions();
    var desiredVersions = desired.getSpec().getVersions();
    if (existingVersions.size() != desiredVersions.size()) {
      return false;
    }
    for (int i = 0; i < desiredVersions.size(); i++) {
      if (!JsonEquality.equal(
          Json.MAPPER.valueToTree(existingVersions.get(i).getSchema()),
          Json.MAPPER.valueToTree(desiredVersions.get(i).getSchema()))) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, String> merged(
      Map<String, String> existing, Map<String, String> desired) {
    Map<String, String> merged =
        new LinkedHashMap<>(Optional.ofNullable(existing).orElse(Map.of()));
    merged.putAll(Optional.ofNullable(desired).orElse(Map.of()));
    return merged;
  }

  /** The CRD {@code crdName} if {@code ownerName} owns it. */
  Optional<CustomResourceDefinition> owned(String crdName, String ownerName) {
    CustomResourceDefinition existing =
        client.apiextensions().v1().customResourceDefinitions().withName(crdName).get();
    return Optional.ofNullable(existing)
        .filter(
            crd ->
                crd.getMetadata().getLabels() != null
                    && ownerName.equals(
                        crd.getMetadata()
                            .getLabels()
                            .get(KroMetadata.RESOURCE_GRAPH_DEFINITION_NAME)));
  }

  /**
   * Deletes the CRD if {@code ownerName} owns it (with {@code allowCrdDeletion}); its instances go
   * with it.
   */
  void deleteIfOwned(String crdName, String ownerName) {
    owned(crdName, ownerName)
        .ifPresent(
            crd -> client.apiextensions().v1().customResourceDefinitions().resource(crd).delete());
  }
}
