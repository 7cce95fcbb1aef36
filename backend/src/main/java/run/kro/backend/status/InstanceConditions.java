package run.kro.backend.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * kro's built-in instance conditions (docs/design.md#instance-and-node-states): InstanceManaged,
 * GraphResolved, ResourcesReady and the root Ready, which mirrors the least healthy of the three;
 * and the instance state that follows from them. Messages name the resources being waited on, so
 * that a user sees what to look at without reading controller logs.
 */
public final class InstanceConditions {

  public static final String INSTANCE_MANAGED = "InstanceManaged";
  public static final String GRAPH_RESOLVED = "GraphResolved";
  public static final String RESOURCES_READY = "ResourcesReady";
  public static final String READY = "Ready";
  public static final List<String> BUILT_IN =
      List.of(INSTANCE_MANAGED, GRAPH_RESOLVED, RESOURCES_READY, READY);

  /** How many waiting resources a message names before it says "and N more". */
  private static final int NAMED_IN_MESSAGE = 3;

  private InstanceConditions() {}

  /** The four conditions, root last. */
  public static Map<String, ConditionValue> of(InstanceObservation observation) {
    Map<String, ConditionValue> conditions = new LinkedHashMap<>();
    conditions.put(
        INSTANCE_MANAGED,
        observation
            .managementFailure()
            .map(m -> ConditionValue.isFalse("ManagementFailed", m))
            .orElse(
                ConditionValue.isTrue(
                    "Managed", "instance is properly managed with finalizers and labels")));
    conditions.put(
        GRAPH_RESOLVED,
        observation
            .graphFailure()
            .map(m -> ConditionValue.isFalse("ResolutionFailed", m))
            .orElse(
                ConditionValue.isTrue(
                    "Resolved", "runtime graph created and all resources resolved")));
    conditions.put(RESOURCES_READY, resourcesReady(observation));
    conditions.put(READY, ConditionValue.rootOf(conditions.values()));
    return conditions;
  }

  /**
   * ACTIVE when Ready is true; DELETING while deleting; ERROR when something failed; IN_PROGRESS
   * otherwise.
   */
  public static InstanceState state(
      InstanceObservation observation, Map<String, ConditionValue> conditions) {
    if (observation.deletion().isPresent()) {
      return InstanceState.DELETING;
    }
    boolean failed =
        observation.graphFailure().isPresent()
            || !observation.statusErrors().isEmpty()
            || observation.nodes().stream().anyMatch(n -> n.state() == NodeState.ERROR);
    if (failed) {
      return InstanceState.ERROR;
    }
    return conditions.get(READY).healthy() ? InstanceState.ACTIVE : InstanceState.IN_PROGRESS;
  }

  private static ConditionValue resourcesReady(InstanceObservation observation) {
    if (observation.deletion().isPresent()) {
      return ConditionValue.unknown("UnderDeletion", observation.deletion().get());
    }
    if (observation.suspended()) {
      return ConditionValue.isFalse(
          "ReconciliationSuspended",
          "reconciliation is suspended by the kro.run/reconcile annotation; remove it to resume");
    }
    if (observation.graphFailure().isPresent()) {
      return ConditionValue.unknown(
          "GraphNotResolved", "resources are not reconciled until the graph resolves");
    }
    List<NodeReport> failed =
        observation.nodes().stream().filter(n -> n.state() == NodeState.ERROR).toList();
    if (!failed.isEmpty()) {
      return ConditionValue.isFalse(
          "NotReady", "resource reconciliation failed: " + describe(failed));
    }
    List<NodeReport> deleting =
        observation.nodes().stream().filter(n -> n.state() == NodeState.DELETING).toList();
    if (!deleting.isEmpty()) {
      return ConditionValue.isFalse(
          "ResourceDeleting", "waiting for terminating resources: " + describe(deleting));
    }
    List<NodeReport> waiting =
        observation.nodes().stream().filter(n -> !n.state().settled()).toList();
    if (!waiting.isEmpty()) {
      return ConditionValue.isFalse(
          "NotReady", "awaiting resource readiness: " + describe(waiting));
    }
    if (!observation.statusErrors().isEmpty()) {
      return ConditionValue.isFalse(
          "StatusFailed",
          "status expressions failed: " + String.join("; ", observation.statusErrors()));
    }
    return ConditionValue.isTrue("AllResourcesReady", "all resources are created and ready");
  }

  private static String describe(List<NodeReport> nodes) {
    String named =
        nodes.stream()
            .limit(NAMED_IN_MESSAGE)
            .map(
                n ->
                    "resource \"" + n.id() + "\"" + n.message().map(m -> " (" + m + ")").orElse(""))
            .collect(Collectors.joining(", "));
    return nodes.size() > NAMED_IN_MESSAGE
        ? named + " and " + (nodes.size() - NAMED_IN_MESSAGE) + " more"
        : named;
  }
}
