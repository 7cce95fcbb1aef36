package run.kro.backend.cel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cel.bundle.Cel;
import dev.cel.bundle.CelBuilder;
import dev.cel.common.CelIssue;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.SimpleType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConcatenatedExpressionTest {

  /** One row of {@code cel/template-error-positions.yaml}. */
  record PositionCase(
      String name, String input, Map<String, String> vars, String message, int offset) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<PositionCase> cases() throws IOException {
    try (InputStream in =
        ConcatenatedExpressionTest.class.getResourceAsStream(
            "/cel/template-error-positions.yaml")) {
      return new ObjectMapper(new YAMLFactory())
          .readValue(in, new TypeReference<List<PositionCase>>() {});
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void errorsMapBackToTheTemplateString(PositionCase c) {
    CelBuilder builder = KroCelEnvironment.newBuilder();
    c.vars()
        .forEach((name, type) -> builder.addVar(name, SimpleType.findByName(type).orElseThrow()));
    Cel cel = builder.build();
    ExtractedValue.Template template =
        (ExtractedValue.Template) ExpressionExtractor.extract(c.input());
    ConcatenatedExpression concatenated = template.toCel();

    CelValidationResult result = cel.compile(concatenated.text());

    assertThat(result.hasError()).as(concatenated.text()).isTrue();
    CelIssue issue =
        result.getErrors().stream()
            .filter(error -> error.getMessage().contains(c.message()))
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "no error containing " + c.message() + " in " + result.getErrorString()));
    int offset =
        concatenated.originalOffset(
            issue.getSourceLocation().getLine(), issue.getSourceLocation().getColumn());
    assertThat(offset).isEqualTo(c.offset());
  }
}
