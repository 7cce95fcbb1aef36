package run.kro.backend.cel;

/** A {@code ${} inside an expression that is not inside a string literal; {@code offset} is where it starts. */
public final class NestedExpressionException extends Exception {

  public static final String MESSAGE = "nested expressions are not allowed unless inside string literals";

  private final int offset;

  NestedExpressionException(int offset) {
    super(MESSAGE);
    this.offset = offset;
  }

  public int offset() {
    return offset;
  }
}
