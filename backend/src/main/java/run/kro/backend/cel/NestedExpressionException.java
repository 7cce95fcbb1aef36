package run.kro.backend.cel;

/**
 * A {@code ${} found inside an expression outside a string literal. The message is upstream kro's text; the offset
 * points at the inner {@code ${} in the original string.
 */
public final class NestedExpressionException extends RuntimeException {

  public static final String MESSAGE =
      "nested expressions are not allowed unless inside string literals";

  private final int offset;

  public NestedExpressionException(int offset) {
    super(MESSAGE);
    this.offset = offset;
  }

  public int offset() {
    return offset;
  }
}
