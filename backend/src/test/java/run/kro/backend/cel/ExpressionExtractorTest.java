package run.kro.backend.cel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import run.kro.backend.cel.ExtractedValue.Expression;

class ExpressionExtractorTest {

  static Stream<Named<JsonNode>> cases() throws Exception {
    try (InputStream in = ExpressionExtractorTest.class.getResourceAsStream("/cel/extraction-cases.yaml")) {
      JsonNode cases = new ObjectMapper(new YAMLFactory()).readTree(in);
      List<Named<JsonNode>> named = new ArrayList<>();
      cases.forEach(c -> named.add(Named.of(c.get("name").asText(), c)));
      return named.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void extractsAsKroDoes(JsonNode testCase) throws Exception {
    String input = testCase.get("input").asText();
    if (testCase.has("error")) {
      assertThatThrownBy(() -> ExpressionExtractor.extract(input))
          .isInstanceOf(NestedExpressionException.class)
          .hasMessage(testCase.get("error").asText())
          .satisfies(e -> assertThat(((NestedExpressionException) e).offset()).isEqualTo(testCase.get("errorOffset").asInt()));
      return;
    }
    ExtractedValue value = ExpressionExtractor.extract(input);
    assertThat(kindOf(value)).isEqualTo(testCase.get("kind").asText());
    List<Expression> expected = new ArrayList<>();
    testCase.path("expressions").forEach(e -> expected.add(new Expression(e.get(0).asText(), e.get(1).asInt())));
    assertThat(expressionsOf(value)).containsExactlyElementsOf(expected);
    expected.forEach(e -> assertThat(input.substring(e.offset())).startsWith(e.text()));
    if (value instanceof ExtractedValue.Template template) {
      assertThat(rejoin(template)).isEqualTo(input);
    }
  }

  private static String kindOf(ExtractedValue value) {
    return value instanceof ExtractedValue.Literal ? "literal" : value instanceof ExtractedValue.Standalone ? "standalone" : "template";
  }

  private static List<Expression> expressionsOf(ExtractedValue value) {
    if (value instanceof ExtractedValue.Standalone s) {
      return List.of(s.expression());
    }
    return value instanceof ExtractedValue.Template t ? t.expressions() : List.of();
  }

  private static String rejoin(ExtractedValue.Template template) {
    StringBuilder out = new StringBuilder();
    template.segments().forEach(s -> out.append(s instanceof ExtractedValue.Text t ? t.text()
        : "${" + ((ExtractedValue.Code) s).expression().text() + "}"));
    return out.toString();
  }
}
