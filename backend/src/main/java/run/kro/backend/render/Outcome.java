package run.kro.backend.render;

/**
 * What one expression evaluation gave, before anyone says where it was evaluated: a value, data
 * that is not there yet ("pending": docs/design.md#missing-data-and-errors), or an error. Callers
 * turn the last two into messages with an {@link EvaluationPlace}.
 */
sealed interface Outcome permits Outcome.Value, Outcome.Missing, Outcome.Error {

  /**
   * The CEL result: Long, Double, String, Boolean, byte string, Instant, Duration, Map, List,
   * Optional, NullValue.
   */
  record Value(Object value) implements Outcome {}

  /** A key, field or index the expression reads does not exist (yet); {@code detail} says which. */
  record Missing(String detail) implements Outcome {}

  /**
   * Anything else: no matching overload, division by zero, a library function refusing its
   * arguments.
   */
  record Error(String detail) implements Outcome {}
}
