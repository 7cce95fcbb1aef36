package run.kro.ui.rg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import run.kro.backend.api.CompileResult;
import run.kro.backend.engine.ResourceGroupCompiler;
import run.kro.backend.kinds.BuiltinKindSchemas;
import run.kro.ui.graph.GraphEdge;
import run.kro.ui.graph.GraphModel;
import run.kro.ui.graph.GraphNode;
import run.kro.ui.graph.NodeTone;

/**
 * The editor's drawing of a ResourceGroup: badges, red resources with their first error, a red
 * cycle.
 */
class ResourceGroupGraphTest {

  private final ResourceGroupCompiler compiler =
      new ResourceGroupCompiler(BuiltinKindSchemas.shared());

  @Test
  void marksConditionsAndDrawsTheCycleRed() throws IOException {
    CompileResult result = compiler.compile("cycle.yaml", fixture("/rg/editor/cycle.yaml"));
    GraphModel graph = ResourceGroupGraph.of(result.sketch(), result.errors());

    assertThat(graph.nodes()).extracting(GraphNode::id).containsExactly("first", "second", "third");
    assertThat(graph.edges())
        .filteredOn(GraphEdge::highlighted)
        .extracting(e -> e.from() + ">" + e.to())
        .containsExactlyInAnyOrder("second>first", "first>second");
    assertThat(graph.edges())
        .filteredOn(e -> !e.highlighted())
        .extracting(e -> e.from() + ">" + e.to())
        .containsExactly("second>third");
  }

  @Test
  void aResourceWithAnUnknownKindIsRedWithItsError() {
    CompileResult result =
        compiler.compile(
            "x.yaml",
            """
        apiVersion: kro.run/v1alpha1
        kind: ResourceGroup
        metadata: {name: x}
        spec:
          schema: {apiVersion: v1alpha1, kind: X, spec: {name: string}}
          resources:
          - id: gizmo
            includeWhen: ["${schema.spec.name != ''}"]
            template: {apiVersion: example.com/v1, kind: Gizmo, metadata: {name: "${schema.spec.name}"}}
          - id: config
            readyWhen: ["${config.data.?ok.orValue('') == 'yes'}"]
            template: {apiVersion: v1, kind: ConfigMap, metadata: {name: "${schema.spec.name}"}}
        """);
    GraphModel graph = ResourceGroupGraph.of(result.sketch(), result.errors());

    GraphNode gizmo = graph.nodes().get(0);
    assertThat(gizmo.tone()).isEqualTo(NodeTone.ERROR);
    assertThat(gizmo.detail()).hasValueSatisfying(d -> assertThat(d).contains("Gizmo"));
    assertThat(gizmo.dashed()).isTrue();
    assertThat(gizmo.badges()).containsExactly("includeWhen");
    GraphNode config = graph.nodes().get(1);
    assertThat(config.tone()).isEqualTo(NodeTone.NEUTRAL);
    assertThat(config.badges()).containsExactly("readyWhen");
  }

  private static String fixture(String path) throws IOException {
    try (InputStream in = ResourceGroupGraphTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
