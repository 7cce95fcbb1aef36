package run.kro.operator.kube;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Objects;

/**
 * Which watch updates mean work for a controller of the object itself: a resync (same resource
 * version), or a change of the spec (generation), labels, annotations, finalizers or deletion.
 * Status-only updates (the controller's own status writes) are not work.
 */
public final class Changes {

  private Changes() {}

  public static boolean needWork(HasMetadata before, HasMetadata after) {
    ObjectMeta old = before.getMetadata();
    ObjectMeta now = after.getMetadata();
    return Objects.equals(old.getResourceVersion(), now.getResourceVersion())
        || !Objects.equals(old.getGeneration(), now.getGeneration())
        || !Objects.equals(old.getLabels(), now.getLabels())
        || !Objects.equals(old.getAnnotations(), now.getAnnotations())
        || !Objects.equals(old.getFinalizers(), now.getFinalizers())
        || !Objects.equals(old.getDeletionTimestamp(), now.getDeletionTimestamp());
  }
}
