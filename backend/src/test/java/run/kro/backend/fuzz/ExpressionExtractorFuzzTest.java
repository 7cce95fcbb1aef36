package run.kro.backend.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import run.kro.backend.cel.Expression;
import run.kro.backend.cel.ExpressionExtractor;
import run.kro.backend.cel.ExtractedValue;
import run.kro.backend.cel.NestedExpressionException;
import run.kro.backend.cel.TemplatePart;

/**
 * The {@code ${}} extractor on generated strings: it either throws its documented {@link
 * NestedExpressionException} pointing at a {@code ${}}, or splits the value into parts that put
 * back together give the value again.
 */
class ExpressionExtractorFuzzTest {

  private static final List<String> ALPHABET =
      List.of(
          "${",
          "${",
          "}",
          "}",
          "{",
          "\"",
          "\\",
          "'",
          "a",
          "schema.spec.x",
          " + ",
          "$",
          "\n",
          "\u00e9",
          "\ud83d\ude00");

  @Test
  void splitsOrReportsANestedExpression() {
    Random random = new Random(FuzzRun.SEED);
    Mutator mutator = new Mutator(random);
    try (FuzzRun run = new FuzzRun()) {
      for (int i = 0; i < FuzzRun.INPUTS; i++) {
        String value = generate(random, mutator, i);
        run.check("ExpressionExtractor.extract", value, () -> checkOne(value));
      }
    }
  }

  @Test
  void theInvariantCanFail() {
    ExtractedValue split = ExpressionExtractor.extract("a-${x}-b");
    assertThat(joined(split)).isEqualTo("a-${x}-b");
    assertThat(joined(ExpressionExtractor.extract("${x}"))).isNotEqualTo("${y}");
  }

  private static String generate(Random random, Mutator mutator, int i) {
    return switch (i % 5) {
      case 0 -> "${" + "{".repeat(random.nextInt(5_000)) + "}".repeat(random.nextInt(5_000)) + "}";
      case 1 ->
          "${\""
              + "\\".repeat(random.nextInt(50))
              + "\"".repeat(random.nextInt(50))
              + "${x}".repeat(random.nextInt(500));
      case 2 -> mutator.mutate("prefix-${schema.spec.name}-${\"}\" + x}-${y", 8);
      default -> {
        StringBuilder out = new StringBuilder();
        int length = random.nextInt(i % 50 == 3 ? 20_000 : 60);
        for (int t = 0; t < length; t++) {
          out.append(
              random.nextInt(10) == 0
                  ? mutator.token()
                  : ALPHABET.get(random.nextInt(ALPHABET.size())));
        }
        yield out.toString();
      }
    };
  }

  private static void checkOne(String value) {
    ExtractedValue split;
    try {
      split = ExpressionExtractor.extract(value);
    } catch (NestedExpressionException e) {
      assertThat(e.offset()).isBetween(0, value.length() - 2);
      assertThat(value.startsWith("${", e.offset()))
          .as("offset %d points at a ${", e.offset())
          .isTrue();
      return;
    }
    assertThat(joined(split)).isEqualTo(value);
    for (Expression expression : split.expressions()) {
      assertThat(value.startsWith(expression.text(), expression.offset())).isTrue();
      assertThat(value.startsWith("${", expression.offset() - 2)).isTrue();
    }
  }

  private static String joined(ExtractedValue split) {
    if (split instanceof ExtractedValue.Literal literal) {
      return literal.text();
    }
    if (split instanceof ExtractedValue.Standalone standalone) {
      return "${" + standalone.expression().text() + "}";
    }
    StringBuilder out = new StringBuilder();
    for (TemplatePart part : ((ExtractedValue.Template) split).parts()) {
      if (part instanceof TemplatePart.Text text) {
        assertThat(text.offset())
            .as("a text part starts where the previous part ended")
            .isEqualTo(out.length());
        out.append(text.text());
      } else if (part instanceof Expression expression) {
        out.append("${").append(expression.text()).append('}');
      }
    }
    return out.toString();
  }
}
