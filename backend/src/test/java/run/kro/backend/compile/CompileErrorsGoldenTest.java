package run.kro.backend.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import run.kro.backend.api.CompileResult;
import run.kro.backend.testing.GoldenCases;
import run.kro.backend.testing.GoldenCompilation;

/**
 * The compiler's errors, in upstream's texts (docs/design.md#the-compile-pipeline): naming, object
 * shape, kinds and scopes, expressions and types, cycles, collections, status; each input a
 * ResourceGroup with several mistakes and the exact expected lines beside it.
 */
class CompileErrorsGoldenTest {

  static List<Path> inputs() {
    return GoldenCases.inputs("compile/errors");
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void reportsEveryErrorAtItsPlace(Path input) {
    CompileResult result = GoldenCompilation.compile(input);
    assertThat(result.isValid()).isFalse();
    assertThat(GoldenCompilation.errorLines(result))
        .containsExactlyElementsOf(GoldenCompilation.expectedErrors(input));
  }
}
