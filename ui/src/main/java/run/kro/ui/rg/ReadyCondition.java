package run.kro.ui.rg;

import java.util.Locale;

/**
 * A ResourceGroup's {@code Ready} condition as the controller last wrote it; Unknown with no
 * message when absent.
 */
public record ReadyCondition(Status status, String message) {

  public enum Status {
    TRUE,
    FALSE,
    UNKNOWN;

    /**
     * Kubernetes spells condition statuses {@code True}, {@code False}, {@code Unknown}; anything
     * else is unknown.
     */
    public static Status of(String value) {
      return switch (value == null ? "" : value.toLowerCase(Locale.ROOT)) {
        case "true" -> TRUE;
        case "false" -> FALSE;
        default -> UNKNOWN;
      };
    }
  }

  public static final ReadyCondition NOT_REPORTED = new ReadyCondition(Status.UNKNOWN, "");

  public ReadyCondition {
    status = status == null ? Status.UNKNOWN : status;
    message = message == null ? "" : message;
  }
}
