package run.kro.backend.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class DependencyGraphTest {

  @ParameterizedTest(name = "{0} | {1}")
  @CsvFileSource(resources = "/graph/topological-order.csv", delimiter = ';')
  void ordersDependenciesFirstAndDeclaredFirstAmongEquals(
      String nodes, String edges, String expected) {
    DependencyGraph graph = DependencyGraph.build(words(nodes), dependencies(edges));
    assertThat(graph.topologicalOrder()).containsExactlyElementsOf(words(expected));
  }

  @Test
  void reportsTheCycleInDependsOnDirection() {
    // b depends on a, c depends on b, a depends on c
    assertThatThrownBy(() -> DependencyGraph.build(words("a b c"), dependencies("a->b b->c c->a")))
        .isInstanceOf(CycleException.class)
        .hasMessage("graph contains a cycle: a -> c -> b -> a")
        .satisfies(
            e -> assertThat(((CycleException) e).path()).containsExactly("a", "c", "b", "a"));
  }

  @Test
  void reportsTheShortestCycleThroughTheFirstDeclaredNode() {
    // x and y depend on each other; z is on a longer cycle with x.
    assertThatThrownBy(
            () -> DependencyGraph.build(words("z x y"), dependencies("x->y y->x z->x y->z")))
        .hasMessage("graph contains a cycle: z -> y -> x -> z");
  }

  @Test
  void givesReverseTopologicalDeletionWaves() {
    // cm -> deploy -> svc: svc depends on deploy, deploy on cm; a stands alone.
    DependencyGraph graph =
        DependencyGraph.build(words("cm deploy svc a"), dependencies("cm->deploy deploy->svc"));
    assertThat(graph.deletionWaves())
        .containsExactlyInAnyOrderEntriesOf(Map.of("svc", 3, "deploy", 2, "cm", 1, "a", 3));
    assertThat(graph.deletionOrder())
        .containsExactly(List.of("svc", "a"), List.of("deploy"), List.of("cm"));
  }

  @Test
  void groupsNodesThatCanBeAppliedTogether() {
    // cm -> deploy -> svc, cm -> job; a stands alone: a and cm first, then deploy and job, then
    // svc.
    DependencyGraph graph =
        DependencyGraph.build(
            words("cm deploy svc a job"), dependencies("cm->deploy deploy->svc cm->job"));
    assertThat(graph.levels())
        .containsExactly(List.of("cm", "a"), List.of("deploy", "job"), List.of("svc"));
  }

  @Test
  void answersDependenciesAndDependents() {
    DependencyGraph graph = DependencyGraph.build(words("a b c"), dependencies("a->b a->c b->c"));
    assertThat(graph.dependenciesOf("c")).containsExactly("a", "b");
    assertThat(graph.dependentsOf("a")).containsExactly("b", "c");
    assertThat(graph.dependenciesOf("a")).isEmpty();
  }

  @Test
  void refusesUnknownNodes() {
    assertThatThrownBy(() -> DependencyGraph.build(words("a"), Map.of("a", Set.of("ghost"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<String> words(String text) {
    return text == null || text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
  }

  /** "X->Y" means Y depends on X. */
  private static Map<String, Set<String>> dependencies(String edges) {
    Map<String, Set<String>> deps = new LinkedHashMap<>();
    for (String edge : words(edges)) {
      String[] ends = edge.split("->");
      deps.computeIfAbsent(ends[1], k -> new LinkedHashSet<>()).add(ends[0]);
    }
    return deps;
  }
}
