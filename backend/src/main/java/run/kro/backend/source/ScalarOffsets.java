package run.kro.backend.source;

import java.util.Optional;
import run.kro.backend.diagnostics.SourcePosition;

/** Maps an offset inside a YAML scalar's value to a line and column of the source text. */
final class ScalarOffsets {

  private ScalarOffsets() {}

  static SourcePosition locate(String[] lines, SourcePosition start, int offset) {
    if (offset <= 0 || start.line() > lines.length) {
      return start;
    }
    String line = lines[start.line() - 1];
    int column = start.column() - 1;
    if (column >= line.length()) {
      return start;
    }
    char first = line.charAt(column);
    if (first == '|') {
      return inLiteralBlock(lines, start.line(), offset).orElse(start);
    }
    if (first == '"' || first == '\'') {
      return column + 1 + offset < line.length() ? start.plusColumns(1 + offset) : start;
    }
    if (first == '>') {
      return start;
    }
    return column + offset < line.length() ? start.plusColumns(offset) : start;
  }

  /**
   * Literal block: the value is the following lines with their common indentation removed, joined
   * by newlines.
   */
  private static Optional<SourcePosition> inLiteralBlock(
      String[] lines, int headerLine, int offset) {
    int indent = -1;
    int remaining = offset;
    for (int number = headerLine + 1; number <= lines.length; number++) {
      String line = lines[number - 1];
      if (indent < 0) {
        if (line.isBlank()) {
          remaining -= 1;
          continue;
        }
        indent = line.length() - line.stripLeading().length();
      }
      if (!line.isBlank() && line.length() - line.stripLeading().length() < indent) {
        break;
      }
      int content = Math.max(0, line.length() - indent);
      if (remaining <= content) {
        return Optional.of(new SourcePosition(number, indent + remaining + 1));
      }
      remaining -= content + 1;
    }
    return Optional.empty();
  }
}
