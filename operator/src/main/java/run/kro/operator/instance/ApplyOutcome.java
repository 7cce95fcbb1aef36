package run.kro.operator.instance;

import com.fasterxml.jackson.databind.JsonNode;

/** What became of one desired object in a reconcile. */
sealed interface ApplyOutcome {

  /**
   * The object as the cluster holds it now; {@code wrote} says whether this reconcile had to apply
   * it.
   */
  record Observed(JsonNode object, boolean wrote) implements ApplyOutcome {}

  /**
   * Another instance's object has this name: kro never takes over an object of another ApplySet.
   */
  record Conflict(String message) implements ApplyOutcome {}

  /** The object is being deleted; it is applied again once it is gone. */
  record Terminating(String message) implements ApplyOutcome {}

  /**
   * The API server refused the object (validation, admission webhook, quota): the user must change
   * something.
   */
  record Rejected(String message) implements ApplyOutcome {}
}
