package run.kro.ui.rg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import run.kro.backend.api.GraphSketch;
import run.kro.backend.api.ResourceShape;
import run.kro.backend.diagnostics.CompileError;
import run.kro.ui.graph.GraphEdge;
import run.kro.ui.graph.GraphModel;
import run.kro.ui.graph.GraphNode;
import run.kro.ui.graph.NodeTone;

/**
 * The dependency graph of a ResourceGroup as drawn in the editor: a node per resource (id, kind,
 * and badges for includeWhen, readyWhen, externalRef and forEach), edges from dependencies to
 * dependents, a cycle in red, and resources with errors in red.
 */
public final class ResourceGroupGraph {

  private ResourceGroupGraph() {}

  public static GraphModel of(GraphSketch sketch) {
    return of(sketch, List.of());
  }

  /**
   * The graph with the resources that {@code errors} name drawn red, with the first error as their
   * detail.
   */
  public static GraphModel of(GraphSketch sketch, List<CompileError> errors) {
    Map<String, String> firstError = new HashMap<>();
    errors.forEach(e -> e.resourceId().ifPresent(id -> firstError.putIfAbsent(id, e.message())));
    List<GraphNode> nodes =
        sketch.nodes().stream()
            .map(n -> node(n, Optional.ofNullable(firstError.get(n.id()))))
            .toList();
    List<GraphEdge> edges = new ArrayList<>();
    for (GraphSketch.Node node : sketch.nodes()) {
      for (String dependency : sketch.dependenciesOf(node.id())) {
        edges.add(new GraphEdge(dependency, node.id(), sketch.onCycle(dependency, node.id())));
      }
    }
    return new GraphModel(nodes, edges);
  }

  private static GraphNode node(GraphSketch.Node node, Optional<String> error) {
    boolean failed = !node.compiled() || error.isPresent();
    return new GraphNode(
        node.id(),
        node.id(),
        node.kind().isEmpty() ? "(no kind)" : node.kind(),
        badges(node),
        failed ? NodeTone.ERROR : NodeTone.NEUTRAL,
        node.hasIncludeWhen(),
        failed ? Optional.of(error.orElse("has errors")) : Optional.empty());
  }

  private static List<String> badges(GraphSketch.Node node) {
    List<String> badges = new ArrayList<>();
    if (node.shape() == ResourceShape.COLLECTION) {
      badges.add("forEach");
    }
    if (node.shape() == ResourceShape.EXTERNAL
        || node.shape() == ResourceShape.EXTERNAL_COLLECTION) {
      badges.add(node.shape() == ResourceShape.EXTERNAL ? "externalRef" : "externalRef selector");
    }
    if (node.hasIncludeWhen()) {
      badges.add("includeWhen");
    }
    if (node.hasReadyWhen()) {
      badges.add("readyWhen");
    }
    return badges;
  }
}
