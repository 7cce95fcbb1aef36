package run.kro.backend.cel;

/**
 * Something wrong with an expression, at a character offset inside the expression text (0 when
 * unknown).
 */
public record ExpressionIssue(int offset, String message) {}
