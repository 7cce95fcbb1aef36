package run.kro.backend.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * The resources of a ResourceGroup and who depends on whom, acyclic by construction. An edge runs
 * from a dependency to its dependent, so a topological order is an apply order. Immutable after
 * {@link #build}; safe to share.
 */
public final class DependencyGraph {

  private final List<String> declarationOrder;
  private final Map<String, Set<String>> dependencies;
  private final List<String> topologicalOrder;
  private final Map<String, Integer> deletionWaves;

  private DependencyGraph(
      List<String> declarationOrder,
      Map<String, Set<String>> dependencies,
      Graph<String, DefaultEdge> graph) {
    this.declarationOrder = List.copyOf(declarationOrder);
    this.dependencies = copy(dependencies);
    this.topologicalOrder = topologicalOrder(graph, declarationOrder);
    this.deletionWaves = DeletionWaves.of(graph);
  }

  /**
   * Builds the graph of {@code nodes} (in declaration order) where {@code dependencies} maps a node
   * to the nodes it depends on. Fails with the cycle's path when there is one.
   *
   * @throws CycleException when the dependencies form a cycle
   * @throws IllegalArgumentException for an unknown node or a self dependency (callers report those
   *     earlier)
   */
  public static DependencyGraph build(List<String> nodes, Map<String, Set<String>> dependencies)
      throws CycleException {
    Graph<String, DefaultEdge> graph =
        GraphTypeBuilder.<String, DefaultEdge>directed()
            .allowingMultipleEdges(false)
            .allowingSelfLoops(false)
            .edgeClass(DefaultEdge.class)
            .buildGraph();
    nodes.forEach(graph::addVertex);
    Map<String, Set<String>> complete = new LinkedHashMap<>();
    for (String node : nodes) {
      Set<String> deps = new LinkedHashSet<>(dependencies.getOrDefault(node, Set.of()));
      for (String dependency : deps) {
        if (!graph.containsVertex(dependency)) {
          throw new IllegalArgumentException(
              "node " + node + " depends on unknown node " + dependency);
        }
        graph.addEdge(dependency, node);
      }
      complete.put(node, deps);
    }
    CyclePaths.find(graph, nodes)
        .ifPresent(
            cycle -> {
              throw new CycleException(cycle);
            });
    return new DependencyGraph(nodes, complete, graph);
  }

  /**
   * Nodes in apply order: dependencies first; among nodes that are ready together, the one declared
   * first.
   */
  public List<String> topologicalOrder() {
    return topologicalOrder;
  }

  /**
   * Nodes grouped by depth, each group in topological order: level 0 depends on nothing, level k on
   * nodes of lower levels only. Nodes of one level never depend on each other, so they can be
   * applied together.
   */
  public List<List<String>> levels() {
    Map<String, Integer> depth = new HashMap<>();
    List<List<String>> levels = new ArrayList<>();
    for (String node : topologicalOrder) {
      int level = dependenciesOf(node).stream().mapToInt(d -> depth.get(d) + 1).max().orElse(0);
      depth.put(node, level);
      while (levels.size() <= level) {
        levels.add(new ArrayList<>());
      }
      levels.get(level).add(node);
    }
    return levels.stream().map(List::copyOf).toList();
  }

  public List<String> declarationOrder() {
    return declarationOrder;
  }

  /** The nodes {@code node} depends on directly, in the order they were found. */
  public Set<String> dependenciesOf(String node) {
    return dependencies.getOrDefault(node, Set.of());
  }

  /** The nodes that depend on {@code node} directly, in topological order. */
  public List<String> dependentsOf(String node) {
    return topologicalOrder.stream().filter(n -> dependenciesOf(n).contains(node)).toList();
  }

  /**
   * The deletion wave of every node: nodes nothing depends on get the highest wave and are deleted
   * first; a wave is deleted only after every higher wave is gone (kro persists this as {@code
   * internal.kro.run/apply-order}).
   */
  public Map<String, Integer> deletionWaves() {
    return deletionWaves;
  }

  /** Nodes grouped by deletion wave, highest wave (deleted first) first. */
  public List<List<String>> deletionOrder() {
    Map<Integer, List<String>> byWave = new TreeMap<>(Comparator.reverseOrder());
    for (String node : topologicalOrder) {
      byWave.computeIfAbsent(deletionWaves.get(node), w -> new ArrayList<>()).add(node);
    }
    return List.copyOf(byWave.values().stream().map(List::copyOf).toList());
  }

  private static List<String> topologicalOrder(
      Graph<String, DefaultEdge> graph, List<String> declarationOrder) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < declarationOrder.size(); i++) {
      index.put(declarationOrder.get(i), i);
    }
    Comparator<String> declaredFirst =
        Comparator.<String>comparingInt(index::get).thenComparing(Comparator.naturalOrder());
    List<String> order = new ArrayList<>(graph.vertexSet().size());
    new TopologicalOrderIterator<>(graph, declaredFirst).forEachRemaining(order::add);
    return List.copyOf(order);
  }

  private static Map<String, Set<String>> copy(Map<String, Set<String>> dependencies) {
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    dependencies.forEach(
        (node, deps) -> copy.put(node, Collections.unmodifiableSet(new LinkedHashSet<>(deps))));
    return Collections.unmodifiableMap(copy);
  }

  /** Successors in the graph are dependents; kept here for the waves and cycle finder. */
  static List<String> dependents(Graph<String, DefaultEdge> graph, String node) {
    return Graphs.successorListOf(graph, node);
  }
}
