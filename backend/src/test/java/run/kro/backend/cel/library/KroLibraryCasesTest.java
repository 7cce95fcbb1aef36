package run.kro.backend.cel.library;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import run.kro.backend.cel.CelCase;
import run.kro.backend.cel.CelCaseRunner;

/**
 * Every library's cases (one YAML file per library: kro's own, cel-go's format and sortBy,
 * Kubernetes'), compiled and evaluated through the kro environment.
 */
class KroLibraryCasesTest {

  private static final List<String> LIBRARIES =
      List.of(
          "hash",
          "json",
          "lists",
          "maps",
          "random",
          "format",
          "sortby",
          "kubernetes-lists",
          "kubernetes-urls",
          "kubernetes-regex",
          "kubernetes-quantity",
          "kubernetes-ip",
          "kubernetes-cidr",
          "kubernetes-semver");

  static Stream<CelCase> cases() {
    return LIBRARIES.stream()
        .flatMap(library -> CelCase.load("/cel/library/" + library + "-cases.yaml").stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void evaluatesThroughTheKroEnvironment(CelCase c) throws Exception {
    CelCaseRunner.check(CelCaseRunner.CEL, c);
  }
}
