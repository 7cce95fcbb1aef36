package run.kro.backend.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import run.kro.backend.api.CompileResult;
import run.kro.backend.api.GraphSketch;
import run.kro.backend.api.ResourceShape;
import run.kro.backend.engine.ResourceGroupCompiler;
import run.kro.backend.kinds.BuiltinKindSchemas;

/**
 * The graph an editor draws comes with every compile, also one that fails on a cycle, a typo or an
 * unknown kind.
 */
class GraphSketchTest {

  private final ResourceGroupCompiler compiler =
      new ResourceGroupCompiler(BuiltinKindSchemas.shared());

  @Test
  void aFailedCompileStillSketchesEveryResourceItsDependenciesAndTheCycle() throws IOException {
    CompileResult result = compiler.compile("sketch.yaml", fixture("cycle-and-error.yaml"));
    GraphSketch sketch = result.sketch();

    assertThat(result.isValid()).isFalse();
    assertThat(sketch.nodes())
        .extracting(GraphSketch.Node::id)
        .containsExactly("config", "service", "broken", "widget");
    assertThat(sketch.nodes())
        .extracting(GraphSketch.Node::kind)
        .containsExactly("ConfigMap", "Service", "Secret", "Widget");
    assertThat(sketch.dependenciesOf("service")).containsExactly("config");
    assertThat(sketch.dependenciesOf("broken"))
        .as("the valid expression's dependency is kept")
        .contains("service");
    assertThat(sketch.cycle()).containsExactly("config", "service", "config");
    assertThat(sketch.onCycle("config", "service")).isTrue();
    assertThat(sketch.onCycle("service", "broken")).isFalse();
    GraphSketch.Node broken = sketch.nodes().get(2);
    assertThat(broken.hasIncludeWhen()).isTrue();
    assertThat(broken.compiled()).isFalse();
    assertThat(sketch.nodes().get(1).hasReadyWhen()).isTrue();
  }

  @Test
  void aValidCompileSketchesTheCompiledGraph() {
    CompileResult result =
        compiler.compile(
            "ok.yaml",
            """
        apiVersion: kro.run/v1alpha1
        kind: ResourceGroup
        metadata: {name: ok}
        spec:
          schema: {apiVersion: v1alpha1, kind: Ok, spec: {name: string}}
          resources:
          - id: config
            template: {apiVersion: v1, kind: ConfigMap, metadata: {name: "${schema.spec.name}"}}
          - id: copies
            forEach: [{n: "${[1, 2]}"}]
            template: {apiVersion: v1, kind: ConfigMap, metadata: {name: "${config.metadata.name + '-' + string(n)}"}}
        """);
    assertThat(result.isValid()).as(result.errors().toString()).isTrue();
    assertThat(result.sketch().nodes()).allMatch(GraphSketch.Node::compiled);
    assertThat(result.sketch().nodes().get(1).shape()).isEqualTo(ResourceShape.COLLECTION);
    assertThat(result.sketch().dependenciesOf("copies")).isEqualTo(Set.of("config"));
    assertThat(result.sketch().cycle()).isEqualTo(List.of());
  }

  private static String fixture(String name) throws IOException {
    try (var in = GraphSketchTest.class.getResourceAsStream("/compile/sketch/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
