package run.kro.operator.kube;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Optional;

/**
 * What an API error means for a reconcile: try again soon, or report it to the user as the
 * resource's error.
 */
public final class ApiErrors {

  private static final int FORBIDDEN = 403;
  private static final int NOT_FOUND = 404;
  private static final int CONFLICT = 409;
  private static final int GONE = 410;
  private static final int INVALID = 422;
  private static final int TOO_MANY_REQUESTS = 429;
  private static final int SERVER_ERROR = 500;

  private ApiErrors() {}

  public static boolean isNotFound(KubernetesClientException e) {
    return e.getCode() == NOT_FOUND || e.getCode() == GONE;
  }

  /**
   * RBAC (or an admission webhook) refused the request; retried with backoff, as the rights may
   * change.
   */
  public static boolean isForbidden(KubernetesClientException e) {
    return e.getCode() == FORBIDDEN;
  }

  public static boolean isConflict(KubernetesClientException e) {
    return e.getCode() == CONFLICT;
  }

  /**
   * A failure that says nothing about the request itself: the server or the connection failed, it
   * was busy, or the object changed meanwhile. Such failures are retried with backoff and never
   * mark an instance as failed. No HTTP code at all (0, or -1 for a request interrupted, e.g. by
   * the controller stopping) means no answer came.
   */
  public static boolean isTransient(KubernetesClientException e) {
    int code = e.getCode();
    return code <= 0 || code == CONFLICT || code == TOO_MANY_REQUESTS || code >= SERVER_ERROR;
  }

  /**
   * The API server's message for a rejected request (e.g. a validation error), without the client's
   * decoration.
   */
  public static String message(KubernetesClientException e) {
    String message =
        Optional.ofNullable(e.getStatus())
            .map(s -> s.getMessage())
            .filter(m -> !m.isBlank())
            .orElse(e.getMessage());
    return e.getCode() == INVALID || e.getCode() == 0
        ? message
        : message + " (HTTP " + e.getCode() + ")";
  }
}
