package run.kro.ui.graph;

import java.util.List;

/** A graph to draw: nodes in a stable order and edges from a dependency to its dependent. */
public record GraphModel(List<GraphNode> nodes, List<GraphEdge> edges) {

  public static final GraphModel EMPTY = new GraphModel(List.of(), List.of());

  public GraphModel {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  public boolean isEmpty() {
    return nodes.isEmpty();
  }
}
