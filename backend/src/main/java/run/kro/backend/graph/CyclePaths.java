package run.kro.backend.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.TarjanSimpleCycles;
import org.jgrapht.graph.DefaultEdge;

/**
 * Finds one cycle of a dependency graph and prints it the way a user reads it: who depends on whom.
 */
final class CyclePaths {

  private CyclePaths() {}

  /**
   * The shortest cycle through the earliest-declared node that is on a cycle, as a path in "depends
   * on" direction starting and ending at that node; empty when the graph is acyclic.
   */
  static Optional<List<String>> find(
      Graph<String, DefaultEdge> graph, List<String> declarationOrder) {
    List<List<String>> cycles = new TarjanSimpleCycles<>(graph).findSimpleCycles();
    if (cycles.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Integer> index =
        IntStream.range(0, declarationOrder.size())
            .boxed()
            .collect(Collectors.toMap(declarationOrder::get, i -> i));
    Comparator<List<String>> earliestThenShortest =
        Comparator.<List<String>>comparingInt(
                c -> c.stream().mapToInt(index::get).min().orElse(Integer.MAX_VALUE))
            .thenComparingInt(List::size);
    List<String> cycle = cycles.stream().min(earliestThenShortest).orElseThrow();
    // Edges run dependency -> dependent; reverse to read "a depends on b".
    List<String> dependsOn = new ArrayList<>(cycle);
    Collections.reverse(dependsOn);
    String first = dependsOn.stream().min(Comparator.comparingInt(index::get)).orElseThrow();
    Collections.rotate(dependsOn, -dependsOn.indexOf(first));
    dependsOn.add(first);
    return Optional.of(dependsOn);
  }
}
