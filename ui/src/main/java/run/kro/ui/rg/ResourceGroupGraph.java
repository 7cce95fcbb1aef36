package run.kro.ui.rg;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import run.kro.backend.api.GraphSketch;
import run.kro.backend.api.ResourceShape;
import run.kro.ui.graph.GraphEdge;
import run.kro.ui.graph.GraphModel;
import run.kro.ui.graph.GraphNode;
import run.kro.ui.graph.NodeTone;

/**
 * The dependency graph of a ResourceGroup as drawn in the editor: a node per resource (id, kind, and badges for
 * includeWhen, readyWhen, externalRef and forEach), edges from dependencies to dependents, a cycle in red, and
 * resources with errors in red.
 */
public final class ResourceGroupGraph {

  private ResourceGroupGraph() {}

  public static GraphModel of(GraphSketch sketch) {
    List<GraphNode> nodes = sketch.nodes().stream().map(ResourceGroupGraph::node).toList();
    List<GraphEdge> edges = new ArrayList<>();
    for (GraphSketch.Node node : sketch.nodes()) {
      for (String dependency : sketch.dependenciesOf(node.id())) {
        edges.add(new GraphEdge(dependency, node.id(), sketch.onCycle(dependency, node.id())));
      }
    }
    return new GraphModel(nodes, edges);
  }

  private static GraphNode node(GraphSketch.Node node) {
    return new GraphNode(node.id(), node.id(), node.kind().isEmpty() ? "(no kind)" : node.kind(), badges(node),
        node.compiled() ? NodeTone.NEUTRAL : NodeTone.ERROR, node.hasIncludeWhen(),
        node.compiled() ? Optional.empty() : Optional.of("has errors"));
  }

  private static List<String> badges(GraphSketch.Node node) {
    List<String> badges = new ArrayList<>();
    if (node.shape() == ResourceShape.COLLECTION) {
      badges.add("forEach");
    }
    if (node.shape() == ResourceShape.EXTERNAL || node.shape() == ResourceShape.EXTERNAL_COLLECTION) {
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
