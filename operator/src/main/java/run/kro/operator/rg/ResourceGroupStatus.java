package run.kro.operator.rg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.status.ConditionHistory;
import run.kro.backend.status.ConditionValue;
import run.kro.operator.kube.ConditionsJson;
import run.kro.operator.kube.Json;

/**
 * A ResourceGroup's status (docs/design.md#the-resourcegroup-controller): state Active when the
 * graph is accepted, its kind ready and its controller running; the conditions with upstream's
 * reasons; the topological order and each resource's dependencies; and the last issued revision.
 */
final class ResourceGroupStatus {

  static final String GRAPH_ACCEPTED = "GraphAccepted";
  static final String KIND_READY = "KindReady";
  static final String CONTROLLER_READY = "ControllerReady";
  static final String READY = "Ready";

  private final Clock clock;

  ResourceGroupStatus(Clock clock) {
    this.clock = clock;
  }

  /**
   * What one reconcile found.
   *
   * @param graph the graph to describe: the one just compiled, or the one still served when the
   *     update is invalid
   */
  record Observation(
      ConditionValue graphAccepted,
      ConditionValue kindReady,
      ConditionValue controllerReady,
      Optional<CompiledResourceGroup> graph,
      long lastIssuedRevision) {}

  ObjectNode build(JsonNode previous, long generation, Observation observation) {
    Map<String, ConditionValue> conditions = new LinkedHashMap<>();
    conditions.put(GRAPH_ACCEPTED, observation.graphAccepted());
    conditions.put(KIND_READY, observation.kindReady());
    conditions.put(CONTROLLER_READY, observation.controllerReady());
    conditions.put(READY, ConditionValue.rootOf(conditions.values()));
    boolean active =
        observation.graphAccepted().healthy()
            && observation.kindReady().healthy()
            && observation.controllerReady().healthy();

    ObjectNode status = Json.MAPPER.createObjectNode();
    status.put("state", active ? "Active" : "Inactive");
    observation
        .graph()
        .ifPresent(
            graph -> {
              status.set(
                  "topologicalOrder", Json.MAPPER.valueToTree(graph.graph().topologicalOrder()));
              status.set("resources", dependencies(graph));
            });
    status.set(
        "conditions",
        Json.MAPPER.valueToTree(
            ConditionHistory.stamp(
                conditions, ConditionsJson.read(previous), generation, clock.instant())));
    status.put("lastIssuedRevision", observation.lastIssuedRevision());
    // The rollout's fields are the rollout's to write (RolloutReconciler): kept as they are.
    RolloutReport.FIELDS.stream()
        .filter(previous::has)
        .forEach(field -> status.set(field, previous.get(field).deepCopy()));
    return status;
  }

  /**
   * Only resources with at least one dependency are listed, in topological order, as upstream does.
   */
  private static ArrayNode dependencies(CompiledResourceGroup graph) {
    ArrayNode resources = Json.MAPPER.createArrayNode();
    for (String id : graph.graph().topologicalOrder()) {
      var dependencies = graph.graph().dependenciesOf(id);
      if (!dependencies.isEmpty()) {
        ObjectNode entry = resources.addObject();
        entry.put("id", id);
        ArrayNode list = entry.putArray("dependencies");
        dependencies.stream().sorted().forEach(dep -> list.addObject().put("id", dep));
      }
    }
    return resources;
  }
}
