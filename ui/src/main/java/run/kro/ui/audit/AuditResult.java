package run.kro.ui.audit;

import io.fabric8.kubernetes.client.KubernetesClientException;

/**
 * How a write ended: it succeeded; it was refused (the API server, or the console's own check, said
 * no, with its words); or it failed (the server could not be reached or broke).
 */
public record AuditResult(Outcome outcome, String message) {

  public enum Outcome {
    SUCCEEDED,
    REFUSED,
    FAILED
  }

  public AuditResult {
    message = message == null ? "" : message;
  }

  public static AuditResult succeeded() {
    return new AuditResult(Outcome.SUCCEEDED, "");
  }

  public static AuditResult refused(String message) {
    return new AuditResult(Outcome.REFUSED, message);
  }

  public static AuditResult failed(String message) {
    return new AuditResult(Outcome.FAILED, message);
  }

  /** An answer of the server is a refusal (4xx); no answer or a server error (5xx) is a failure. */
  public static AuditResult of(KubernetesClientException e, String message) {
    return e.getCode() >= 400 && e.getCode() < 500 ? refused(message) : failed(message);
  }

  public boolean succeededNow() {
    return outcome == Outcome.SUCCEEDED;
  }

  /**
   * The audit line's {@code result}: {@code succeeded}, {@code refused: <message>} or {@code
   * failed: <message>}.
   */
  public String text() {
    return switch (outcome) {
      case SUCCEEDED -> "succeeded";
      case REFUSED -> "refused: " + message;
      case FAILED -> "failed: " + message;
    };
  }
}
