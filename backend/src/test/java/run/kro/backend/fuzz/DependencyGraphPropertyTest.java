package run.kro.backend.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import run.kro.backend.graph.CycleException;
import run.kro.backend.graph.DependencyGraph;

/**
 * Properties of {@link DependencyGraph} over random DAGs (fixed seed): apply order, levels and
 * deletion waves respect every edge, and a back edge is always reported as a cycle that really is
 * one.
 */
class DependencyGraphPropertyTest {

  static final long SEED = 0x6B726FL;
  private static final int GRAPHS = 500;
  private static final int MAX_NODES = 60;

  @Test
  void orderLevelsAndWavesRespectEveryEdge() {
    Random random = new Random(SEED);
    for (int g = 0; g < GRAPHS; g++) {
      RandomDag dag = RandomDag.generate(random, 1 + random.nextInt(MAX_NODES));
      DependencyGraph graph = DependencyGraph.build(dag.declared(), dag.dependencies());
      String label = "graph #" + g + " " + dag.dependencies();

      List<String> order = graph.topologicalOrder();
      assertThat(order).as(label).containsExactlyInAnyOrderElementsOf(dag.declared());
      Map<String, Integer> position = indexOf(order);
      Map<String, Integer> level = levelOf(graph.levels());
      Map<String, Integer> wave = graph.deletionWaves();
      Map<String, Integer> deletionStep = indexOfGroups(graph.deletionOrder());
      assertThat(level.keySet()).as(label).containsExactlyInAnyOrderElementsOf(dag.declared());
      assertThat(deletionStep.keySet())
          .as(label)
          .containsExactlyInAnyOrderElementsOf(dag.declared());

      dag.dependencies()
          .forEach(
              (node, deps) -> {
                for (String dep : deps) {
                  String edge = label + ": " + node + " depends on " + dep;
                  assertThat(position.get(dep)).as(edge).isLessThan(position.get(node));
                  assertThat(level.get(node)).as(edge).isGreaterThan(level.get(dep));
                  assertThat(wave.get(node)).as(edge).isGreaterThan(wave.get(dep));
                  assertThat(deletionStep.get(node)).as(edge).isLessThan(deletionStep.get(dep));
                  assertThat(graph.dependenciesOf(node)).as(edge).contains(dep);
                  assertThat(graph.dependentsOf(dep)).as(edge).contains(node);
                }
              });
    }
  }

  @Test
  void aBackEdgeIsReportedAsARealCycle() {
    Random random = new Random(SEED + 1);
    int checked = 0;
    for (int g = 0; g < GRAPHS; g++) {
      RandomDag dag = RandomDag.generate(random, 2 + random.nextInt(MAX_NODES - 1));
      List<String> withDependencies =
          dag.declared().stream().filter(n -> !dag.dependencies().get(n).isEmpty()).toList();
      if (withDependencies.isEmpty()) {
        continue;
      }
      // v depends (transitively) on u; making u depend on v closes a cycle
      String v = withDependencies.get(random.nextInt(withDependencies.size()));
      List<String> ancestors = new ArrayList<>(transitiveDependencies(dag.dependencies(), v));
      String u = ancestors.get(random.nextInt(ancestors.size()));
      Map<String, Set<String>> cyclic = new LinkedHashMap<>();
      dag.dependencies().forEach((n, deps) -> cyclic.put(n, new LinkedHashSet<>(deps)));
      cyclic.get(u).add(v);

      String label = "graph #" + g + " with " + u + " -> " + v + " " + cyclic;
      try {
        DependencyGraph.build(dag.declared(), cyclic);
        fail(label + ": no CycleException");
      } catch (CycleException e) {
        List<String> path = e.path();
        assertThat(path).as(label).hasSizeGreaterThanOrEqualTo(3);
        assertThat(path.get(path.size() - 1)).as(label).isEqualTo(path.get(0));
        assertThat(Set.copyOf(path.subList(0, path.size() - 1))).as(label).hasSize(path.size() - 1);
        for (int i = 0; i + 1 < path.size(); i++) {
          assertThat(cyclic.get(path.get(i)))
              .as(label + ": step " + path.get(i) + " -> " + path.get(i + 1))
              .contains(path.get(i + 1));
        }
        checked++;
      }
    }
    assertThat(checked).as("cyclic graphs checked").isGreaterThan(GRAPHS / 2);
  }

  @Test
  void theCycleCheckCanFail() {
    assertThatThrownBy(
            () ->
                DependencyGraph.build(
                    List.of("a", "b"), Map.of("a", Set.of("b"), "b", Set.of("a"))))
        .isInstanceOf(CycleException.class);
  }

  private static Set<String> transitiveDependencies(
      Map<String, Set<String>> dependencies, String node) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(dependencies.get(node));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (seen.add(next)) {
        todo.addAll(dependencies.get(next));
      }
    }
    return seen;
  }

  private static Map<String, Integer> indexOf(List<String> order) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      index.put(order.get(i), i);
    }
    return index;
  }

  private static Map<String, Integer> levelOf(List<List<String>> levels) {
    return indexOfGroups(levels);
  }

  private static Map<String, Integer> indexOfGroups(List<List<String>> groups) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      for (String node : groups.get(i)) {
        assertThat(index.put(node, i)).as(node + " appears in one group only").isNull();
      }
    }
    return index;
  }

  /** A DAG: nodes depend only on nodes earlier in a hidden order, declared in a shuffled order. */
  record RandomDag(List<String> declared, Map<String, Set<String>> dependencies) {

    static RandomDag generate(Random random, int size) {
      List<String> hidden = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        hidden.add("n" + i);
      }
      Collections.shuffle(hidden, random);
      double density = random.nextDouble() * 0.3;
      Map<String, Set<String>> dependencies = new LinkedHashMap<>();
      for (int i = 0; i < size; i++) {
        Set<String> deps = new LinkedHashSet<>();
        for (int j = 0; j < i; j++) {
          if (random.nextDouble() < density) {
            deps.add(hidden.get(j));
          }
        }
        dependencies.put(hidden.get(i), deps);
      }
      List<String> declared = new ArrayList<>(hidden);
      Collections.shuffle(declared, random);
      return new RandomDag(List.copyOf(declared), dependencies);
    }
  }
}
