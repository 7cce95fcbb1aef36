package run.kro.backend.cel;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** One row of {@code cel/extraction-cases.yaml}. */
record ExtractionCase(
    String name,
    String input,
    String kind,
    List<ExpectedExpression> expressions,
    List<ExpectedPart> parts,
    String cel,
    Integer errorOffset) {

  record ExpectedExpression(String text, int offset) {}

  /** Either {@code text} (literal text) or {@code expression} is set. */
  record ExpectedPart(String text, String expression, int offset) {
    TemplatePart toPart() {
      return expression != null
          ? new Expression(expression, offset)
          : new TemplatePart.Text(text, offset);
    }
  }

  ExtractionCase {
    expressions = expressions == null ? List.of() : expressions;
    parts = parts == null ? List.of() : parts;
  }

  static List<ExtractionCase> load(String resource) {
    try (InputStream in = ExtractionCase.class.getResourceAsStream(resource)) {
      return new ObjectMapper(new YAMLFactory())
          .readValue(in, new TypeReference<List<ExtractionCase>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
