package run.kro.ui.instance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import run.kro.backend.status.NodeReport;
import run.kro.ui.graph.GraphModel;

/**
 * An instance as it is at one moment: the object, what the controller wrote into its status (state,
 * conditions, graph revision, a report per resource), its status graph, the events about it and its
 * children (newest first), and its children by resource id (in the graph's order; a collection's
 * items by index). Immutable.
 *
 * @param instance empty when the instance does not exist (never created, or deleted)
 */
public record InstanceSnapshot(
    String namespace,
    String name,
    Optional<JsonNode> instance,
    Optional<String> state,
    List<InstanceCondition> conditions,
    Optional<Long> revision,
    List<NodeReport> nodes,
    GraphModel graph,
    List<InstanceEvent> events,
    Map<String, List<ChildObject>> children) {

  public InstanceSnapshot {
    instance = instance.map(JsonNode::deepCopy);
    conditions = List.copyOf(conditions);
    nodes = List.copyOf(nodes);
    events = List.copyOf(events);
    Map<String, List<ChildObject>> copy = new LinkedHashMap<>();
    children.forEach((id, objects) -> copy.put(id, List.copyOf(objects)));
    children = Collections.unmodifiableMap(copy);
  }

  @Override
  public Optional<JsonNode> instance() {
    return instance.map(JsonNode::deepCopy);
  }

  public boolean exists() {
    return instance.isPresent();
  }

  /** The instance has a deletion timestamp: the controller is deleting its children. */
  public boolean deleting() {
    return instance.map(i -> i.path("metadata").hasNonNull("deletionTimestamp")).orElse(false);
  }

  public List<ChildObject> children(String nodeId) {
    return children.getOrDefault(nodeId, List.of());
  }
}
