package run.kro.ui.instance;

/**
 * What the API server said, in a dry run sent as the signed-in user, of one object the controller
 * would apply for an instance being previewed.
 *
 * @param message the server's reason when refused, or why it could not be asked; empty when
 *     accepted
 */
public record ChildCheck(Verdict verdict, String message) {

  public enum Verdict {
    /** The server would store it as it is. */
    ACCEPTED,
    /** The server refuses it: the controller would fail on it too. */
    REFUSED,
    /**
     * The server could not be asked (the user may not create the kind, or something it needs does
     * not exist yet).
     */
    UNCHECKED
  }

  public static final ChildCheck ACCEPTED = new ChildCheck(Verdict.ACCEPTED, "");

  static ChildCheck refused(String reason) {
    return new ChildCheck(Verdict.REFUSED, reason);
  }

  static ChildCheck unchecked(String why) {
    return new ChildCheck(Verdict.UNCHECKED, why);
  }
}
