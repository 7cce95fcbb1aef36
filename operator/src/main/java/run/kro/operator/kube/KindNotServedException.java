package run.kro.operator.kube;

import run.kro.backend.kinds.GroupVersionKind;

/** The cluster does not serve a kind (yet): its CRD is missing or not established. */
public final class KindNotServedException extends RuntimeException {

  public KindNotServedException(GroupVersionKind gvk) {
    super(
        "the cluster does not serve "
            + gvk.apiVersion()
            + " "
            + gvk.kind()
            + " (is its CRD installed?)");
  }
}
