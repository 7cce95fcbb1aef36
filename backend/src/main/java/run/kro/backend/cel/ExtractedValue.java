package run.kro.backend.cel;

import java.util.List;

/** What a string value of a template holds: plain text, exactly one expression, or text with expressions in it. */
public sealed interface ExtractedValue permits ExtractedValue.Literal, ExtractedValue.Standalone, ExtractedValue.Template {

  /** An expression's text (between {@code ${} and {@code }}) and where that text starts in the value. */
  record Expression(String text, int offset) {}

  /** No expression: the value is used as it is. */
  record Literal(String text) implements ExtractedValue {}

  /** The whole value is one {@code ${...}}: its result replaces the value, whatever its type. */
  record Standalone(Expression expression) implements ExtractedValue {}

  /** Text and expressions, in order; the result is their concatenation and must be a string. */
  record Template(List<Segment> segments) implements ExtractedValue {

    public Template {
      segments = List.copyOf(segments);
    }

    public List<Expression> expressions() {
      return segments.stream().filter(s -> s instanceof Code).map(s -> ((Code) s).expression()).toList();
    }
  }

  /** A piece of a template. */
  sealed interface Segment permits Text, Code {}

  record Text(String text) implements Segment {}

  record Code(Expression expression) implements Segment {}
}
