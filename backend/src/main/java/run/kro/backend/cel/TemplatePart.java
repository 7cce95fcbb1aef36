package run.kro.backend.cel;

/**
 * One piece of a string template: literal text or an expression, each remembering where it starts.
 */
public sealed interface TemplatePart permits Expression, TemplatePart.Text {

  /** Offset of the first character of this part in the original string (for an expression: after {@code ${}). */
  int offset();

  /** Literal text between expressions. */
  record Text(String text, int offset) implements TemplatePart {}
}
