package run.kro.ui.audit;

import java.util.Locale;

/**
 * What a write did, as the audit line names it ({@code create}, {@code update}, {@code apply},
 * {@code delete}).
 */
public enum AuditVerb {
  CREATE("created", "creating"),
  UPDATE("updated", "updating"),
  APPLY("applied", "applying"),
  DELETE("deleted", "deleting");

  private final String done;
  private final String doing;

  AuditVerb(String done, String doing) {
    this.done = done;
    this.doing = doing;
  }

  /** The word in the audit line, e.g. {@code apply}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** e.g. {@code created}, for an event's message. */
  String done() {
    return done;
  }

  /** e.g. {@code creating}, for a refusal's message. */
  String doing() {
    return doing;
  }
}
