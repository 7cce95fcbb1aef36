package run.kro.backend.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import run.kro.backend.api.CompileResult;
import run.kro.backend.api.CompilerOptions;
import run.kro.backend.engine.ResourceGroupCompiler;
import run.kro.backend.kinds.BuiltinKindSchemas;
import run.kro.backend.testing.GoldenCases;

/**
 * The whole generated instance CRD, compared with kro's documented shape written out in {@code
 * schema/instance-crd/*.expected.yaml}: names, scope, version, status subresource, printer columns
 * and their descriptions, labels, and the schema's frame.
 */
class InstanceCrdGoldenTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ResourceGroupCompiler COMPILER =
      new ResourceGroupCompiler(
          BuiltinKindSchemas.shared(),
          new CompilerOptions(CompilerOptions.DEFAULT_MAX_COLLECTION_DIMENSIONS, "v0.0.0-test"));

  static List<Path> inputs() {
    return GoldenCases.inputs("schema/instance-crd");
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void generatesKrosCrd(Path input) throws Exception {
    CompileResult result =
        COMPILER.compile(input.getFileName().toString(), GoldenCases.read(input));
    assertThat(result.errors()).isEmpty();
    CustomResourceDefinition expected =
        YAML.readValue(
            GoldenCases.read(GoldenCases.sibling(input, ".expected.yaml").orElseThrow()),
            CustomResourceDefinition.class);

    JsonNode actual = JSON.valueToTree(result.compiled().orElseThrow().instanceCrd());
    assertThat(actual).isEqualTo(JSON.valueToTree(expected));
  }
}
