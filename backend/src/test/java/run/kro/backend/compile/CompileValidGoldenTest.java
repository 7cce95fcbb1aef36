package run.kro.backend.compile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import run.kro.backend.api.CompileResult;
import run.kro.backend.api.CompiledResource;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.status.KroStatusFields;
import run.kro.backend.testing.GoldenCases;
import run.kro.backend.testing.GoldenCompilation;

/**
 * Valid ResourceGroups and what they compile to: order, dependencies, deletion waves, shapes,
 * status schema.
 */
class CompileValidGoldenTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static List<Path> inputs() {
    return GoldenCases.inputs("compile/valid");
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void compilesToTheExpectedGraph(Path input) throws Exception {
    CompileResult result = GoldenCompilation.compile(input);
    assertThat(GoldenCompilation.errorLines(result)).isEmpty();
    JsonNode expected =
        YAML.readTree(GoldenCases.read(GoldenCases.sibling(input, ".expected.yaml").orElseThrow()));
    ((ObjectNode) expected)
        .set(
            "status",
            JSON.valueToTree(JSON.convertValue(expected.get("status"), JSONSchemaProps.class)));
    assertThat(summary(result.compiled().orElseThrow())).isEqualTo(expected);
  }

  private static JsonNode summary(CompiledResourceGroup rg) {
    ObjectNode summary = JSON.createObjectNode();
    summary.set("topologicalOrder", JSON.valueToTree(rg.graph().topologicalOrder()));
    ObjectNode dependencies = summary.putObject("dependencies");
    ObjectNode waves = summary.putObject("deletionWaves");
    ObjectNode shapes = summary.putObject("shapes");
    for (CompiledResource resource : rg.inTopologicalOrder()) {
      dependencies.set(
          resource.id(),
          JSON.valueToTree(rg.graph().dependenciesOf(resource.id()).stream().sorted().toList()));
      waves.put(resource.id(), resource.deletionWave());
      shapes.put(resource.id(), resource.shape().name());
    }
    JSONSchemaProps status =
        JSON.convertValue(
            rg.instanceCrd()
                .getSpec()
                .getVersions()
                .get(0)
                .getSchema()
                .getOpenAPIV3Schema()
                .getProperties()
                .get("status"),
            JSONSchemaProps.class);
    status.getProperties().remove(KroStatusFields.STATE);
    status.getProperties().remove(KroStatusFields.CONDITIONS);
    KroStatusFields.RESERVED.forEach(status.getProperties()::remove);
    summary.set("status", JSON.valueToTree(status));
    return summary;
  }
}
