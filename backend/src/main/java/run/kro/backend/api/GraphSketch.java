package run.kro.backend.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resources of a ResourceGroup and their dependencies as far as they could be worked out, also
 * when the ResourceGroup does not compile: what an editor draws while the author types. Resources
 * with errors are present with the dependencies their valid expressions show; a dependency cycle,
 * if any, is given as its path.
 *
 * @param nodes every resource, in declaration order
 * @param dependencies for each resource id, the ids it depends on
 * @param cycle the path of a dependency cycle (its first node repeated at the end), or empty
 */
public record GraphSketch(
    List<Node> nodes, Map<String, Set<String>> dependencies, List<String> cycle) {

  public static final GraphSketch EMPTY = new GraphSketch(List.of(), Map.of(), List.of());

  public GraphSketch {
    nodes = List.copyOf(nodes);
    dependencies = Map.copyOf(dependencies);
    cycle = List.copyOf(cycle);
  }

  /**
   * One resource as drawn: its id, its kind as written, what it is (template, collection, external
   * reference), which conditions it has, and whether it compiled.
   */
  public record Node(
      String id,
      String apiVersion,
      String kind,
      ResourceShape shape,
      boolean hasIncludeWhen,
      boolean hasReadyWhen,
      boolean compiled) {}

  public Set<String> dependenciesOf(String id) {
    return dependencies.getOrDefault(id, Set.of());
  }

  /** Whether the edge {@code dependency -> dependent} lies on the cycle. */
  public boolean onCycle(String dependency, String dependent) {
    for (int i = 0; i + 1 < cycle.size(); i++) {
      // The cycle runs in "depends on" direction: cycle[i] depends on cycle[i + 1].
      if (cycle.get(i).equals(dependent) && cycle.get(i + 1).equals(dependency)) {
        return true;
      }
    }
    return false;
  }
}
