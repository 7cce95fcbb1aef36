package run.kro.operator.kube;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The resource version each object got from the controller's own latest write. A watch event
 * carrying exactly that version is the echo of a write whose result the reconcile already used, so
 * it is not new work; any later change, by anyone, has another version and is. Saves a reconcile
 * per write.
 */
public final class OwnWrites {

  private final Map<String, String> versions = new ConcurrentHashMap<>();

  public void wrote(HasMetadata result) {
    if (result != null && result.getMetadata() != null && result.getMetadata().getUid() != null) {
      versions.put(
          result.getMetadata().getUid(),
          Objects.toString(result.getMetadata().getResourceVersion(), ""));
    }
  }

  public boolean isEcho(HasMetadata event) {
    String uid = event.getMetadata().getUid();
    return uid != null
        && Objects.equals(versions.get(uid), event.getMetadata().getResourceVersion());
  }

  /**
   * Whether {@code cached} is older than the controller's own latest write of that object: the
   * watch cache has not caught up yet, and reconciling from it would redo work and write with a
   * stale resource version. Resource versions are compared as numbers (they are etcd revisions);
   * when either is not a number, the cache is trusted.
   */
  public boolean isBehind(HasMetadata cached) {
    String uid = cached.getMetadata().getUid();
    String written = uid == null ? null : versions.get(uid);
    return written != null && ResourceVersions.olderThan(cached, written);
  }

  public void forget(HasMetadata deleted) {
    if (deleted.getMetadata().getUid() != null) {
      versions.remove(deleted.getMetadata().getUid());
    }
  }
}
