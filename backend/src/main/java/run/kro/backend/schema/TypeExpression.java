package run.kro.backend.schema;

/**
 * The type part of a SimpleSchema field, before the first {@code |}: {@code string}, {@code
 * []Port}, {@code map[string]int}.
 */
sealed interface TypeExpression
    permits TypeExpression.Atomic,
        TypeExpression.Schemaless,
        TypeExpression.ListOf,
        TypeExpression.MapOf,
        TypeExpression.Named {

  /**
   * {@code string}, {@code integer}, {@code boolean}, or {@code float} (OpenAPI {@code number}).
   */
  record Atomic(String openApiType) implements TypeExpression {}

  /** {@code object}: any JSON object, unknown fields kept. */
  record Schemaless() implements TypeExpression {}

  /** {@code []T}. */
  record ListOf(TypeExpression items) implements TypeExpression {}

  /** {@code map[string]T}. */
  record MapOf(TypeExpression values) implements TypeExpression {}

  /** A custom type from {@code types}. */
  record Named(String name) implements TypeExpression {}
}
