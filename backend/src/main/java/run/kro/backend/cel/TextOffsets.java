package run.kro.backend.cel;

/**
 * Turns a cel-java line and column (1-based line, 0-based code-point column) into a char offset in
 * the text.
 */
final class TextOffsets {

  private TextOffsets() {}

  static int offsetOf(String text, int line, int column) {
    int offset = 0;
    for (int current = 1; current < line; current++) {
      int newline = text.indexOf('\n', offset);
      if (newline < 0) {
        return text.length();
      }
      offset = newline + 1;
    }
    int lineEnd = text.indexOf('\n', offset);
    int limit = lineEnd < 0 ? text.length() : lineEnd;
    for (int step = 0; step < column && offset < limit; step++) {
      offset = text.offsetByCodePoints(offset, 1);
    }
    return Math.min(offset, limit);
  }
}
