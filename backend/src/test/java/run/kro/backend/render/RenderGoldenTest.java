package run.kro.backend.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import run.kro.backend.api.CompileResult;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.api.CompilerOptions;
import run.kro.backend.api.FeatureGates;
import run.kro.backend.engine.ResourceGroupCompiler;
import run.kro.backend.kinds.BuiltinKindSchemas;
import run.kro.backend.testing.GoldenCases;

/**
 * Instance evaluation end to end, one reconcile per case (see {@link ReconcileTranscript}): a
 * ResourceGroup, an instance and what the cluster holds, against {@code <case>.expected.yaml}.
 * Every case is played twice and must answer the same, and the compiled templates must be left as
 * they were. A mismatch writes the actual transcript to {@code target/render-golden/} for
 * comparison.
 */
class RenderGoldenTest {

  private static final ObjectMapper YAML =
      new ObjectMapper(
          new YAMLFactory()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
  private static final ResourceGroupCompiler COMPILER =
      new ResourceGroupCompiler(BuiltinKindSchemas.shared());

  static List<Path> inputs() {
    return GoldenCases.inputs("render");
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void evaluatesAsExpected(Path input) throws Exception {
    JsonNode testCase = YAML.readTree(GoldenCases.read(input));
    CompiledResourceGroup graph =
        compile(input, testCase.path("resourceGroup"), testCase.path("options"));
    Map<String, JsonNode> templates = templates(graph);

    // Through text, so that numbers compare by value (the engine writes longs where YAML reads
    // ints).
    JsonNode first =
        YAML.readTree(YAML.writeValueAsString(ReconcileTranscript.play(graph, testCase)));
    JsonNode second =
        YAML.readTree(YAML.writeValueAsString(ReconcileTranscript.play(graph, testCase)));

    assertThat(second).as("a second evaluation answers the same").isEqualTo(first);
    assertThat(templates(graph)).as("compiled templates are never modified").isEqualTo(templates);
    Path expectation =
        GoldenCases.sibling(input, ".expected.yaml")
            .orElseThrow(
                () ->
                    new AssertionError(
                        "no .expected.yaml beside "
                            + input
                            + "; the actual transcript is in "
                            + writeActual(input, first)));
    JsonNode expected = YAML.readTree(GoldenCases.read(expectation));
    if (!first.equals(expected)) {
      writeActual(input, first);
    }
    assertThat(first).isEqualTo(expected);
  }

  /**
   * {@code options.featureGates} (upstream's flag syntax) compiles the case's ResourceGroup with
   * those gates on.
   */
  private static CompiledResourceGroup compile(Path input, JsonNode resourceGroup, JsonNode options)
      throws Exception {
    ResourceGroupCompiler compiler =
        !options.has("featureGates")
            ? COMPILER
            : new ResourceGroupCompiler(
                BuiltinKindSchemas.shared(),
                CompilerOptions.DEFAULTS.withFeatureGates(
                    FeatureGates.parse(options.get("featureGates").asText())));
    CompileResult result =
        compiler.compile(input.getFileName().toString(), YAML.writeValueAsString(resourceGroup));
    assertThat(result.errors().stream().map(e -> e.describe()).toList())
        .as("the case's ResourceGroup compiles")
        .isEmpty();
    return result.compiled().orElseThrow();
  }

  private static Map<String, JsonNode> templates(CompiledResourceGroup graph) {
    Map<String, JsonNode> copies = new LinkedHashMap<>();
    graph.resources().forEach((id, resource) -> copies.put(id, resource.object().deepCopy()));
    return copies;
  }

  private static Path writeActual(Path input, JsonNode actual) {
    try {
      Path out =
          Path.of(
              "target",
              "render-golden",
              input.getFileName().toString().replace(".yaml", ".actual.yaml"));
      Files.createDirectories(out.getParent());
      Files.writeString(out, YAML.writeValueAsString(actual));
      return out;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
