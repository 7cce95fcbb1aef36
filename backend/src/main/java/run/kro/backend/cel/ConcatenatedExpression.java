package run.kro.backend.cel;

import java.util.ArrayList;
import java.util.List;

/**
 * The CEL text a string template compiles to, with a map from places in that text back to offsets
 * in the original template string, so that a CEL error in the combined expression can point at the
 * right {@code ${…}}.
 */
public final class ConcatenatedExpression {

  private static final String CONCAT = " + ";

  /** A stretch {@code [celStart, celEnd)} of the CEL text that came from one template part. */
  private record Span(int celStart, int celEnd, TemplatePart part) {}

  private final String text;
  private final List<Span> spans;
  private final int originalLength;

  private ConcatenatedExpression(String text, List<Span> spans, int originalLength) {
    this.text = text;
    this.spans = List.copyOf(spans);
    this.originalLength = originalLength;
  }

  static ConcatenatedExpression of(List<TemplatePart> parts) {
    StringBuilder out = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    // With no literal text, "" in front keeps '+' a string concatenation (so ${a}${b} with ints
    // fails to check).
    if (parts.stream().noneMatch(TemplatePart.Text.class::isInstance)) {
      out.append(CelStringLiteral.quote(""));
    }
    int originalLength = 0;
    for (TemplatePart part : parts) {
      if (out.length() > 0) {
        out.append(CONCAT);
      }
      int start = out.length();
      if (part instanceof TemplatePart.Text literal) {
        out.append(CelStringLiteral.quote(literal.text()));
        originalLength = literal.offset() + literal.text().length();
      } else {
        Expression expression = (Expression) part;
        out.append('(').append(expression.text()).append(')');
        originalLength = expression.offset() + expression.text().length() + 1;
      }
      spans.add(new Span(start, out.length(), part));
    }
    return new ConcatenatedExpression(out.toString(), spans, originalLength);
  }

  /** The CEL expression text. */
  public String text() {
    return text;
  }

  /**
   * Where a char offset of {@link #text()} came from in the original string. Inside an expression
   * the mapping is exact; inside a quoted literal it gives the literal's start; on a {@code +}
   * between parts it gives the start of the part after it, the operand a type error is usually
   * about.
   */
  public int originalOffset(int celOffset) {
    for (Span span : spans) {
      if (celOffset < span.celStart()) {
        return span.part().offset();
      }
      if (celOffset < span.celEnd()) {
        return within(span, celOffset);
      }
    }
    return originalLength;
  }

  /**
   * Like {@link #originalOffset(int)} for a cel-java location: 1-based line, 0-based code-point
   * column.
   */
  public int originalOffset(int line, int column) {
    return originalOffset(TextOffsets.offsetOf(text, line, column));
  }

  private static int within(Span span, int celOffset) {
    if (span.part() instanceof Expression expression) {
      // The span is "(text)": the opening parenthesis maps to the first character, the closing one
      // to the end.
      int inText = Math.max(0, celOffset - span.celStart() - 1);
      return expression.offset() + Math.min(inText, expression.text().length());
    }
    return span.part().offset();
  }

  @Override
  public String toString() {
    return text;
  }
}
