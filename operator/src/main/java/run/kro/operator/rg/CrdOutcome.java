package run.kro.operator.rg;

/** Where the generated CRD stands after one attempt to install it. */
sealed interface CrdOutcome {

  /** Established: the API serves the kind. */
  record Ready() implements CrdOutcome {}

  /** Created or updated, not established yet. */
  record Waiting(String message) implements CrdOutcome {}

  /**
   * Cannot be installed until the user acts: owned by someone else, or a breaking change without
   * consent.
   */
  record Refused(String reason, String message) implements CrdOutcome {}
}
