package run.kro.backend.cel.library;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import run.kro.backend.cel.CelCase;
import run.kro.backend.cel.CelCaseRunner;

class ListsLibraryTest {

  static List<CelCase> cases() {
    return CelCase.load("/cel/library/lists-cases.yaml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void evaluatesThroughTheKroEnvironment(CelCase c) throws Exception {
    CelCaseRunner.check(CelCaseRunner.CEL, c);
  }
}
