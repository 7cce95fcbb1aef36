package run.kro.operator.rg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import run.kro.backend.api.CompileResult;
import run.kro.backend.diagnostics.CompileError;
import run.kro.backend.engine.ResourceGroupCompiler;
import run.kro.backend.kinds.BuiltinKindSchemas;
import run.kro.operator.settings.ControllerSettings;
import run.kro.operator.testing.TestController;

/**
 * {@code kro.controller.cel-extra-libraries} reaches the compiler the controller uses: off by
 * default, so a ResourceGroup that calls cel-java's {@code math.greatest} is refused as upstream
 * refuses it, with the setting named; on, it compiles.
 */
class CelLibrariesSettingTest {

  @Test
  void theExtrasAreOffByDefault() throws IOException {
    ControllerSettings settings = TestController.settings(Map.of());

    CompileResult result = compile(settings);

    assertThat(settings.compilerOptions().extraCelLibraries()).isFalse();
    assertThat(result.errors())
        .extracting(CompileError::describe)
        .anySatisfy(
            error ->
                assertThat(error)
                    .contains("math.greatest is from cel-java's extra CEL libraries")
                    .contains("kro.controller.cel-extra-libraries=true"));
  }

  @Test
  void theSettingTurnsThemOn() throws IOException {
    ControllerSettings settings =
        TestController.settings(Map.of("kro.controller.cel-extra-libraries", "true"));

    CompileResult result = compile(settings);

    assertThat(result.errors()).isEmpty();
    assertThat(result.compiled()).isPresent();
  }

  private static CompileResult compile(ControllerSettings settings) throws IOException {
    try (InputStream in =
        CelLibrariesSettingTest.class.getResourceAsStream("/rg/cel-extras.yaml")) {
      String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new ResourceGroupCompiler(BuiltinKindSchemas.shared(), settings.compilerOptions())
          .compile("cel-extras.yaml", yaml);
    }
  }
}
