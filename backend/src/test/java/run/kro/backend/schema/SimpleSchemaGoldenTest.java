package run.kro.backend.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import run.kro.backend.api.CompileResult;
import run.kro.backend.diagnostics.Stage;
import run.kro.backend.testing.GoldenCases;
import run.kro.backend.testing.GoldenCompilation;

/**
 * SimpleSchema through the whole compiler: conversions and errors of types, markers and custom
 * types (docs/design.md#simpleschema), as resource files.
 */
class SimpleSchemaGoldenTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  static List<Path> conversions() {
    return GoldenCases.inputs("schema/conversions");
  }

  static List<Path> errors() {
    return GoldenCases.inputs("schema/errors");
  }

  @ParameterizedTest
  @MethodSource("conversions")
  void convertsToTheExpectedOpenApi(Path input) throws Exception {
    CompileResult result = GoldenCompilation.compile(input);
    assertThat(result.errors()).isEmpty();
    JSONSchemaProps spec =
        result
            .compiled()
            .orElseThrow()
            .instanceCrd()
            .getSpec()
            .getVersions()
            .get(0)
            .getSchema()
            .getOpenAPIV3Schema()
            .getProperties()
            .get("spec");
    JSONSchemaProps expected =
        YAML.readValue(
            GoldenCases.read(GoldenCases.sibling(input, ".expected.yaml").orElseThrow()),
            JSONSchemaProps.class);
    JsonNode actualTree = JSON.valueToTree(spec);
    JsonNode expectedTree = JSON.valueToTree(expected);
    assertThat(actualTree).isEqualTo(expectedTree);
  }

  @ParameterizedTest
  @MethodSource("errors")
  void reportsEveryErrorWithItsPlace(Path input) {
    CompileResult result = GoldenCompilation.compile(input);
    assertThat(result.isValid()).isFalse();
    assertThat(result.errors()).allSatisfy(e -> assertThat(e.stage()).isEqualTo(Stage.SCHEMA));
    assertThat(GoldenCompilation.errorLines(result))
        .containsExactlyElementsOf(GoldenCompilation.expectedErrors(input));
  }
}
