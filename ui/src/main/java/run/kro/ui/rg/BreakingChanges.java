package run.kro.ui.rg;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import java.util.List;
import java.util.Optional;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.schema.compat.SchemaCompatibility;
import run.kro.ui.base.ClusterAccess;

/**
 * The breaking changes a save would make to the generated instance CRD: the CRD in the cluster (the
 * controller's last generation, if any) compared with the one the edited ResourceGroup compiles to,
 * by the rules the controller uses to block such updates.
 */
final class BreakingChanges {

  private final ClusterAccess cluster;

  BreakingChanges(ClusterAccess cluster) {
    this.cluster = cluster;
  }

  /** None when the CRD does not exist yet. */
  List<BreakingChange> of(CompiledResourceGroup compiled) {
    CustomResourceDefinition desired = compiled.instanceCrd();
    Optional<CustomResourceDefinition> live =
        Optional.ofNullable(
            cluster
                .client()
                .apiextensions()
                .v1()
                .customResourceDefinitions()
                .withName(desired.getMetadata().getName())
                .get());
    return live.map(
            existing ->
                SchemaCompatibility.compare(existing, desired).breakingChanges().stream()
                    .map(c -> new BreakingChange(c.version(), c.path(), c.detail()))
                    .toList())
        .orElse(List.of());
  }
}
