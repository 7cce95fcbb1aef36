package run.kro.backend.cluster;

import io.fabric8.kubernetes.client.KubernetesClientException;

/**
 * Short, readable reasons for failed cluster requests (fabric8's own messages can hide the cause).
 */
final class ClusterFailures {

  private ClusterFailures() {}

  static String describe(KubernetesClientException e) {
    if (e.getStatus() != null && e.getStatus().getMessage() != null) {
      return "HTTP " + e.getCode() + ": " + e.getStatus().getMessage();
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root + ")";
  }
}
