package run.kro.backend.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code status.managedResources}: one entry per resource of an instance's graph, written by the
 * controller and read by the console to draw the instance's status graph. Reading is lenient:
 * entries it cannot understand are skipped.
 */
public final class ManagedResources {

  private ManagedResources() {}

  public static ArrayNode toJson(List<NodeReport> nodes) {
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    for (NodeReport node : nodes) {
      ObjectNode entry = list.addObject();
      entry.put("id", node.id());
      entry.put("apiVersion", node.apiVersion());
      entry.put("kind", node.kind());
      node.namespace().ifPresent(ns -> entry.put("namespace", ns));
      node.name().ifPresent(n -> entry.put("name", n));
      entry.put("state", node.state().name());
      node.message().ifPresent(m -> entry.put("message", m));
      entry.put("desired", node.desired());
      entry.put("observed", node.observed());
    }
    return list;
  }

  /**
   * The entries of an instance's {@code status} (the status object itself); empty when there are
   * none.
   */
  public static List<NodeReport> fromStatus(JsonNode status) {
    List<NodeReport> nodes = new ArrayList<>();
    for (JsonNode entry : status.path(KroStatusFields.MANAGED_RESOURCES)) {
      state(entry.path("state").asText())
          .ifPresent(
              state ->
                  nodes.add(
                      new NodeReport(
                          entry.path("id").asText(),
                          entry.path("apiVersion").asText(),
                          entry.path("kind").asText(),
                          text(entry, "namespace"),
                          text(entry, "name"),
                          state,
                          text(entry, "message"),
                          entry.path("desired").asInt(),
                          entry.path("observed").asInt())));
    }
    return nodes;
  }

  private static Optional<String> text(JsonNode entry, String field) {
    return entry.hasNonNull(field) ? Optional.of(entry.get(field).asText()) : Optional.empty();
  }

  private static Optional<NodeState> state(String name) {
    try {
      return Optional.of(NodeState.valueOf(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
