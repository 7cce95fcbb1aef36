package run.kro.backend.diagnostics;

/** A place in a source file; both numbers start at 1, as editors show them. */
public record SourcePosition(int line, int column) {

  public SourcePosition {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column start at 1, got " + line + ":" + column);
    }
  }

  /**
   * This position moved by a number of characters on the same line, e.g. to point inside a string
   * value.
   */
  public SourcePosition plusColumns(int columns) {
    return new SourcePosition(line, column + columns);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
