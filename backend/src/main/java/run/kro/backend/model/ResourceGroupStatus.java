package run.kro.backend.model;

import java.util.List;
import java.util.Optional;

/**
 * What the controller last observed about a ResourceGroup, as written to its status subresource.
 */
public record ResourceGroupStatus(
    String state,
    List<String> topologicalOrder,
    List<Condition> conditions,
    List<ResourceDependencies> resources,
    long lastIssuedRevision,
    long targetRevision,
    Optional<RolloutStatus> rollout,
    List<RevisionCount> revisions) {

  public ResourceGroupStatus {
    topologicalOrder = topologicalOrder == null ? List.of() : List.copyOf(topologicalOrder);
    conditions = conditions == null ? List.of() : List.copyOf(conditions);
    resources = resources == null ? List.of() : List.copyOf(resources);
    rollout = rollout == null ? Optional.empty() : rollout;
    revisions = revisions == null ? List.of() : List.copyOf(revisions);
  }
}
