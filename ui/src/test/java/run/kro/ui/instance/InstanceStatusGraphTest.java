package run.kro.ui.instance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.status.NodeReport;
import run.kro.backend.status.NodeState;
import run.kro.ui.graph.GraphEdge;
import run.kro.ui.graph.GraphModel;
import run.kro.ui.graph.GraphNode;
import run.kro.ui.graph.NodeTone;
import run.kro.ui.testing.FixtureNames;

class InstanceStatusGraphTest {

  private static final CompiledResourceGroup WIDGETS =
      InstanceFixtures.compiled("widgets.yaml", new FixtureNames("widgets", "Widget"));

  @Test
  void coloursEachNodeByItsReportAndKeepsTheResourceGroupsEdges() {
    GraphModel graph =
        InstanceStatusGraph.of(
            WIDGETS,
            List.of(
                report(
                    "config", "ConfigMap", Optional.of("w-config"), NodeState.SYNCED, null, 1, 1),
                report(
                    "app",
                    "Deployment",
                    Optional.of("w"),
                    NodeState.WAITING_FOR_READINESS,
                    "readyWhen \"${app.status.?availableReplicas.orValue(0) >= 1}\" is false",
                    1,
                    1),
                report(
                    "extra",
                    "ConfigMap",
                    Optional.empty(),
                    NodeState.SKIPPED,
                    "includeWhen ${schema.spec.extra} is false",
                    1,
                    0)));

    Map<String, GraphNode> nodes = byId(graph);
    assertThat(nodes.keySet()).containsExactly("config", "app", "extra", "palette");
    assertThat(nodes.get("config"))
        .extracting(
            GraphNode::title,
            GraphNode::subtitle,
            GraphNode::tone,
            GraphNode::dashed,
            GraphNode::detail)
        .containsExactly("config", "ConfigMap/w-config", NodeTone.READY, false, Optional.empty());
    assertThat(nodes.get("app").tone()).isEqualTo(NodeTone.WAITING);
    assertThat(nodes.get("app").subtitle()).isEqualTo("Deployment/w");
    assertThat(nodes.get("app").detail())
        .contains("readyWhen \"${app.status.?availableReplicas.orValue(0) >= 1}\" is false");
    assertThat(nodes.get("app").badges()).contains("readyWhen");
    assertThat(nodes.get("extra"))
        .extracting(GraphNode::tone, GraphNode::dashed)
        .containsExactly(NodeTone.SKIPPED, true);
    assertThat(nodes.get("extra").detail()).contains("includeWhen ${schema.spec.extra} is false");
    assertThat(nodes.get("palette"))
        .extracting(GraphNode::tone, GraphNode::detail)
        .containsExactly(NodeTone.IN_PROGRESS, Optional.of("not reconciled yet"));
    assertThat(graph.edges()).containsExactly(new GraphEdge("config", "app", false));
  }

  @Test
  void aCollectionShowsHowManyOfItsObjectsExist() {
    GraphModel graph =
        InstanceStatusGraph.of(
            WIDGETS,
            List.of(
                report(
                    "palette",
                    "ConfigMap",
                    Optional.empty(),
                    NodeState.IN_PROGRESS,
                    "applying",
                    3,
                    1)));

    GraphNode palette = byId(graph).get("palette");
    assertThat(palette.subtitle()).isEqualTo("ConfigMap 1/3");
    assertThat(palette.badges()).contains("forEach");
    assertThat(palette.detail()).contains("applying");
  }

  @Test
  void errorsAndDeletionHaveTheirTones() {
    GraphModel graph =
        InstanceStatusGraph.of(
            WIDGETS,
            List.of(
                report(
                    "config",
                    "ConfigMap",
                    Optional.of("w-config"),
                    NodeState.ERROR,
                    "forbidden: quota exceeded",
                    1,
                    0),
                report(
                    "app",
                    "Deployment",
                    Optional.of("w"),
                    NodeState.DELETING,
                    "waiting for deletion",
                    1,
                    1),
                report(
                    "extra", "ConfigMap", Optional.of("w-extra"), NodeState.DELETED, null, 1, 0)));

    Map<String, GraphNode> nodes = byId(graph);
    assertThat(nodes.get("config"))
        .extracting(GraphNode::tone, GraphNode::detail)
        .containsExactly(NodeTone.ERROR, Optional.of("forbidden: quota exceeded"));
    assertThat(nodes.get("app").tone()).isEqualTo(NodeTone.DELETING);
    assertThat(nodes.get("extra"))
        .extracting(GraphNode::tone, GraphNode::dashed)
        .containsExactly(NodeTone.DELETING, false);
  }

  @Test
  void everyNodeStateHasATone() {
    for (NodeState state : NodeState.values()) {
      assertThat(InstanceStatusGraph.tone(state)).as(state.name()).isNotEqualTo(NodeTone.NEUTRAL);
    }
  }

  private static Map<String, GraphNode> byId(GraphModel graph) {
    return graph.nodes().stream()
        .collect(
            Collectors.toMap(GraphNode::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  private static NodeReport report(
      String id,
      String kind,
      Optional<String> name,
      NodeState state,
      String message,
      int desired,
      int observed) {
    return new NodeReport(
        id,
        "v1",
        kind,
        Optional.of("ns"),
        name,
        state,
        Optional.ofNullable(message),
        desired,
        observed);
  }
}
