package run.kro.ui.revision;

/** The outcome of a rollout action: done, or refused, with a sentence for the user either way. */
public record ActionResult(boolean done, String message) {

  static ActionResult done(String message) {
    return new ActionResult(true, message);
  }

  static ActionResult refused(String message) {
    return new ActionResult(false, message);
  }
}
