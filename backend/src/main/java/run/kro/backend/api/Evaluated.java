package run.kro.backend.api;

/**
 * The outcome of evaluating something for an instance: a value, data that is not there yet (kro's
 * "pending": a field that a dependency has not written, a dependency that is not ready), or a real
 * failure the user must fix.
 */
public sealed interface Evaluated<T> permits Evaluated.Value, Evaluated.Pending, Evaluated.Failed {

  record Value<T>(T value) implements Evaluated<T> {}

  /** Not an error: the controller waits and evaluates again when something changes. */
  record Pending<T>(String reason) implements Evaluated<T> {}

  /**
   * An error in the ResourceGroup or the instance data (e.g. a division by zero, a collection over
   * the limit).
   */
  record Failed<T>(String message) implements Evaluated<T> {}

  static <T> Evaluated<T> value(T value) {
    return new Value<>(value);
  }

  static <T> Evaluated<T> pending(String reason) {
    return new Pending<>(reason);
  }

  static <T> Evaluated<T> failed(String message) {
    return new Failed<>(message);
  }
}
