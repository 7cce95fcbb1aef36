package run.kro.backend.graph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Reverse-topological layers: layer 0 holds the nodes nothing depends on, each further layer the
 * nodes whose dependents are all in earlier layers. With L layers, layer k is deletion wave L - k,
 * so the last dependents go first and the roots of the graph last (kro's apply-order annotation).
 */
final class DeletionWaves {

  private DeletionWaves() {}

  static Map<String, Integer> of(Graph<String, DefaultEdge> graph) {
    Map<String, Integer> layerOf = new HashMap<>();
    Set<String> remaining = new HashSet<>(graph.vertexSet());
    int layer = 0;
    while (!remaining.isEmpty()) {
      List<String> peeled =
          remaining.stream()
              .filter(
                  node ->
                      DependencyGraph.dependents(graph, node).stream()
                          .noneMatch(remaining::contains))
              .toList();
      for (String node : peeled) {
        layerOf.put(node, layer);
      }
      peeled.forEach(remaining::remove);
      layer++;
    }
    int layers = layer;
    Map<String, Integer> waves = new HashMap<>();
    layerOf.forEach((node, k) -> waves.put(node, layers - k));
    return Map.copyOf(waves);
  }
}
