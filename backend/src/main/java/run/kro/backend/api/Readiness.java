package run.kro.backend.api;

/** Whether an observed resource is ready, from its readyWhen (docs/design.md#readiness). */
public sealed interface Readiness permits Readiness.Ready, Readiness.NotReady, Readiness.Failed {

  record Ready() implements Readiness {}

  /**
   * Not ready yet; {@code reason} says why in words a user can act on, naming the readyWhen
   * expression that is false (or pending), or the collection items that are missing.
   */
  record NotReady(String reason) implements Readiness {}

  /** A readyWhen could not be evaluated for a reason other than missing data. */
  record Failed(String message) implements Readiness {}

  Readiness READY = new Ready();
}
