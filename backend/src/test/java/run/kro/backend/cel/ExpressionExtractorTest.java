package run.kro.backend.cel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cel.bundle.Cel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExpressionExtractorTest {

  private static final Cel CEL = KroCelEnvironment.newBuilder().build();

  static List<ExtractionCase> cases() {
    return ExtractionCase.load("/cel/extraction-cases.yaml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void extractsAsUpstreamDoes(ExtractionCase c) {
    if (c.kind().equals("error")) {
      assertThatThrownBy(() -> ExpressionExtractor.extract(c.input()))
          .isInstanceOfSatisfying(
              NestedExpressionException.class,
              e -> {
                assertThat(e.getMessage())
                    .isEqualTo("nested expressions are not allowed unless inside string literals");
                assertThat(e.offset()).isEqualTo(c.errorOffset());
              });
      return;
    }
    ExtractedValue value = ExpressionExtractor.extract(c.input());
    List<Expression> expected =
        c.expressions().stream().map(e -> new Expression(e.text(), e.offset())).toList();
    assertThat(value.expressions()).isEqualTo(expected);
    switch (c.kind()) {
      case "literal" -> assertThat(value).isEqualTo(new ExtractedValue.Literal(c.input()));
      case "standalone" ->
          assertThat(value).isEqualTo(new ExtractedValue.Standalone(expected.get(0)));
      case "template" -> {
        assertThat(value).isInstanceOf(ExtractedValue.Template.class);
        ExtractedValue.Template template = (ExtractedValue.Template) value;
        assertThat(template.parts())
            .isEqualTo(c.parts().stream().map(ExtractionCase.ExpectedPart::toPart).toList());
        assertThat(template.toCel().text()).isEqualTo(c.cel());
      }
      default -> throw new IllegalArgumentException("unknown kind " + c.kind());
    }
  }

  /**
   * The quoted literal parts must read back, through cel-java's parser, as exactly the original
   * text.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void quotedLiteralsEvaluateToTheirText(ExtractionCase c) throws Exception {
    for (ExtractionCase.ExpectedPart part : c.parts()) {
      if (part.text() != null) {
        String quoted = CelStringLiteral.quote(part.text());
        Object evaluated = CEL.createProgram(CEL.compile(quoted).getAst()).eval(Map.of());
        assertThat(evaluated).as(quoted).isEqualTo(part.text());
      }
    }
  }
}
