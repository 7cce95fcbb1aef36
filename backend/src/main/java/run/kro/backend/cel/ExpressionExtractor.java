package run.kro.backend.cel;

import java.util.ArrayList;
import java.util.List;
import run.kro.backend.cel.ExtractedValue.Code;
import run.kro.backend.cel.ExtractedValue.Expression;
import run.kro.backend.cel.ExtractedValue.Segment;
import run.kro.backend.cel.ExtractedValue.Text;

/**
 * Finds the {@code ${...}} expressions in a string as kro does (§3.1): the closing brace is the one that balances the
 * opening, braces inside double-quoted literals do not count (single quotes are not treated as literals, as upstream),
 * a {@code ${} inside an expression is an error unless it directly follows a double quote, and an unterminated
 * {@code ${} is plain text. Stateless.
 */
public final class ExpressionExtractor {

  private static final String START = "${";

  private ExpressionExtractor() {}

  public static ExtractedValue extract(String value) throws NestedExpressionException {
    List<Segment> segments = new ArrayList<>();
    int textStart = 0;
    int searchFrom = 0;
    while (searchFrom < value.length()) {
      int start = value.indexOf(START, searchFrom);
      if (start < 0) {
        break;
      }
      int end = closingBrace(value, start);
      if (end < 0) {
        searchFrom = start + 1;
        continue;
      }
      if (start > textStart) {
        segments.add(new Text(value.substring(textStart, start)));
      }
      segments.add(new Code(new Expression(value.substring(start + START.length(), end), start + START.length())));
      textStart = end + 1;
      searchFrom = end + 1;
    }
    if (segments.isEmpty()) {
      return new ExtractedValue.Literal(value);
    }
    if (textStart < value.length()) {
      segments.add(new Text(value.substring(textStart)));
    }
    if (segments.size() == 1 && segments.get(0) instanceof Code only) {
      return new ExtractedValue.Standalone(only.expression());
    }
    return new ExtractedValue.Template(segments);
  }

  /** True when {@code value} is exactly one expression. */
  public static boolean isStandalone(String value) {
    try {
      return extract(value) instanceof ExtractedValue.Standalone;
    } catch (NestedExpressionException e) {
      return false;
    }
  }

  /** The index of the brace that closes the expression opened at {@code start}, or -1 if it is never closed. */
  private static int closingBrace(String value, int start) throws NestedExpressionException {
    int depth = 1;
    boolean inLiteral = false;
    boolean escaped = false;
    for (int i = start + START.length(); i < value.length(); i++) {
      char c = value.charAt(i);
      if (escaped) {
        escaped = false;
      } else if (inLiteral && c == '\\') {
        escaped = true;
      } else if (c == '"') {
        inLiteral = !inLiteral;
      } else if (!inLiteral) {
        if (c == '{') {
          depth++;
        } else if (c == '}') {
          if (--depth == 0) {
            return i;
          }
        } else if (value.startsWith(START, i) && value.charAt(i - 1) != '"') {
          throw new NestedExpressionException(i);
        }
      }
    }
    return -1;
  }
}
