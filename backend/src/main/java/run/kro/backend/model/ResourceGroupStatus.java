package run.kro.backend.model;

import java.util.List;

/**
 * What the controller last observed about a ResourceGroup, as written to its status subresource.
 */
public record ResourceGroupStatus(
    String state,
    List<String> topologicalOrder,
    List<Condition> conditions,
    List<ResourceDependencies> resources,
    long lastIssuedRevision) {

  public ResourceGroupStatus {
    topologicalOrder = topologicalOrder == null ? List.of() : List.copyOf(topologicalOrder);
    conditions = conditions == null ? List.of() : List.copyOf(conditions);
    resources = resources == null ? List.of() : List.copyOf(resources);
  }
}
