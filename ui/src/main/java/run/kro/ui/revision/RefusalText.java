package run.kro.ui.revision;

import io.fabric8.kubernetes.client.KubernetesClientException;
import run.kro.ui.audit.AuditTarget;
import run.kro.ui.rg.ApiErrorText;

/**
 * A refused rollout action as a person understands it: what could not be done and why in plain
 * words first, then the server's own text for whoever must fix it.
 */
final class RefusalText {

  private RefusalText() {}

  static String of(String what, AuditTarget target, KubernetesClientException e) {
    String why =
        switch (e.getCode()) {
          case ApiErrorText.FORBIDDEN ->
              "you may not change " + target.describe() + "; ask someone who administers it";
          case ApiErrorText.NOT_FOUND -> target.describe() + " is not in the cluster any more";
          case 0 -> "the cluster cannot be reached; try again in a moment";
          default -> "the cluster refused the change";
        };
    return "Could not " + what + ": " + why + ". (" + ApiErrorText.of(e) + ")";
  }
}
