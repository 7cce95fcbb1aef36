package run.kro.backend.schema.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import run.kro.backend.api.CompileResult;
import run.kro.backend.testing.GoldenCases;
import run.kro.backend.testing.GoldenCompilation;

/**
 * Guard: a CRD we generate, written to the API server and read back as JSON, has no changes against
 * itself. Otherwise every ResourceGroup reconcile would see phantom changes (a long enum value read
 * back as an int, say).
 */
class GeneratedCrdRoundTripTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static List<Path> resourceGroups() {
    return Stream.concat(
            GoldenCases.inputs("schema/conversions").stream(),
            GoldenCases.inputs("compat/generated").stream())
        .toList();
  }

  @ParameterizedTest
  @MethodSource("resourceGroups")
  void readBackCrdHasNoChanges(Path input) throws Exception {
    CompileResult result = GoldenCompilation.compile(input);
    assertThat(result.errors()).isEmpty();
    CustomResourceDefinition generated = result.compiled().orElseThrow().instanceCrd();
    CustomResourceDefinition readBack =
        JSON.readValue(JSON.writeValueAsString(generated), CustomResourceDefinition.class);

    CompatibilityReport report = SchemaCompatibility.compare(readBack, generated);

    assertThat(report.changes()).isEmpty();
  }
}
