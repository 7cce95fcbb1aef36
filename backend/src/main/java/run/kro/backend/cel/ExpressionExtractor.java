package run.kro.backend.cel;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the {@code ${…}} expressions in a string value, as upstream kro's scanner does (bug for bug): the closing
 * brace is found by counting braces outside double-quoted literals (single quotes are not literals to it), a
 * {@code ${} inside an expression is an error unless a {@code "} comes right before it, and an unterminated
 * {@code ${} is plain text. Stateless and thread-safe.
 */
public final class ExpressionExtractor {

  private static final String OPEN = "${";
  private static final String CLOSE = "}";
  private static final int NOT_CLOSED = -1;

  private ExpressionExtractor() {}

  /**
   * Splits a string value into literal text and expressions.
   *
   * @throws NestedExpressionException when an expression contains an unquoted {@code ${}
   */
  public static ExtractedValue extract(String value) {
    List<Expression> expressions = scan(value);
    if (expressions.isEmpty()) {
      return new ExtractedValue.Literal(value);
    }
    if (expressions.size() == 1 && value.equals(OPEN + expressions.get(0).text() + CLOSE)) {
      return new ExtractedValue.Standalone(expressions.get(0));
    }
    return new ExtractedValue.Template(interleave(value, expressions));
  }

  private static List<Expression> scan(String value) {
    List<Expression> found = new ArrayList<>();
    int from = 0;
    while (from < value.length()) {
      int open = value.indexOf(OPEN, from);
      if (open < 0) {
        break;
      }
      int close = closingBrace(value, open);
      if (close == NOT_CLOSED) {
        from = open + 1; // unterminated: the "${" is text, look for the next one
        continue;
      }
      int start = open + OPEN.length();
      found.add(new Expression(value.substring(start, close), start));
      from = close + 1;
    }
    return found;
  }

  private static int closingBrace(String value, int open) {
    int depth = 1;
    boolean inString = false;
    boolean escaped = false;
    for (int i = open + OPEN.length(); i < value.length(); i++) {
      char c = value.charAt(i);
      if (escaped) {
        escaped = false;
      } else if (inString && c == '\\') {
        escaped = true;
      } else if (c == '"') {
        inString = !inString;
      } else if (!inString) {
        if (c == '{') {
          depth++;
        } else if (c == '}') {
          depth--;
          if (depth == 0) {
            return i;
          }
        } else if (value.startsWith(OPEN, i) && value.charAt(i - 1) != '"') {
          throw new NestedExpressionException(i);
        }
      }
    }
    return NOT_CLOSED;
  }

  private static List<TemplatePart> interleave(String value, List<Expression> expressions) {
    List<TemplatePart> parts = new ArrayList<>();
    int textStart = 0;
    for (Expression expression : expressions) {
      int open = expression.offset() - OPEN.length();
      if (open > textStart) {
        parts.add(new TemplatePart.Text(value.substring(textStart, open), textStart));
      }
      parts.add(expression);
      textStart = expression.offset() + expression.text().length() + CLOSE.length();
    }
    if (textStart < value.length()) {
      parts.add(new TemplatePart.Text(value.substring(textStart), textStart));
    }
    return parts;
  }
}
