package run.kro.operator.kube;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** Resource versions compared as numbers: on the API server they are etcd revisions. */
final class ResourceVersions {

  private ResourceVersions() {}

  /**
   * Whether {@code object}'s version is older than {@code version}; when either is not a number, it
   * is not (the copy at hand is trusted).
   */
  static boolean olderThan(HasMetadata object, String version) {
    try {
      return Long.parseLong(object.getMetadata().getResourceVersion()) < Long.parseLong(version);
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
