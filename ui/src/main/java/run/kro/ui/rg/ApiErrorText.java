package run.kro.ui.rg;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Optional;

/**
 * An API server's refusal as a sentence for the console: the server's own message, not the client's
 * stack trace.
 */
public final class ApiErrorText {

  public static final int NOT_FOUND = 404;
  public static final int FORBIDDEN = 403;
  private static final int INVALID = 422;

  private ApiErrorText() {}

  /**
   * The server's message; the HTTP code is appended unless it is a validation error (422), which
   * speaks for itself.
   */
  public static String of(KubernetesClientException e) {
    String message =
        Optional.ofNullable(e.getStatus())
            .map(Status::getMessage)
            .filter(m -> !m.isBlank())
            .orElseGet(
                () -> Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()));
    if (e.getCode() == 0) {
      return "cannot reach the API server: " + message;
    }
    return e.getCode() == INVALID ? message : message + " (HTTP " + e.getCode() + ")";
  }
}
