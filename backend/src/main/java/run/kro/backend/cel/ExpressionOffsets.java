package run.kro.backend.cel;

import dev.cel.common.CelSourceLocation;

/** Turns a CEL source location (1-based line, 0-based column in code points) into a character offset. */
final class ExpressionOffsets {

  private ExpressionOffsets() {}

  static int of(String text, CelSourceLocation location) {
    if (location == null || location.getLine() < 1) {
      return 0;
    }
    int offset = 0;
    for (int line = 1; line < location.getLine(); line++) {
      int newline = text.indexOf('\n', offset);
      if (newline < 0) {
        return Math.min(offset, text.length());
      }
      offset = newline + 1;
    }
    int column = Math.max(0, location.getColumn());
    return Math.min(text.length(), text.offsetByCodePoints(offset, Math.min(column, text.codePointCount(offset, text.length()))));
  }
}
