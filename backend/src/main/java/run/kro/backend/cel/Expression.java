package run.kro.backend.cel;

/**
 * The CEL text of one {@code ${…}}, without the delimiters, and the offset of its first character
 * in the original string, so that errors can point into the YAML value.
 */
public record Expression(String text, int offset) implements TemplatePart {

  /**
   * The offset in the original string of a place that cel-java reports in this expression.
   *
   * @param line 1-based line within the expression text
   * @param column 0-based column within that line, in code points (as {@code CelSourceLocation}
   *     gives it)
   */
  public int originalOffset(int line, int column) {
    return offset + TextOffsets.offsetOf(text, line, column);
  }
}
