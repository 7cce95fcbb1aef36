package run.kro.ui.instance;

import java.util.List;

/**
 * What the controller will do with one resource of the graph for a previewed instance, in apply
 * order.
 *
 * @param message why it is skipped, pending or failed, or where an external reference looks; empty
 *     when applied
 * @param objects the rendered objects when {@link Action#APPLY}; none otherwise
 */
public record PlannedResource(
    String id,
    String apiVersion,
    String kind,
    Action action,
    String message,
    List<PlannedObject> objects) {

  public enum Action {
    /** Rendered now: these objects will be created (or updated). */
    APPLY,
    /** Left out by includeWhen, or because a dependency is. */
    SKIPPED,
    /** Reads the status of resources that do not exist yet: known once they do. */
    PENDING,
    /** An existing object kro only reads. */
    EXTERNAL,
    /** The instance's data makes an expression fail; the controller would report this error. */
    FAILED
  }

  public PlannedResource {
    message = message == null ? "" : message;
    objects = List.copyOf(objects);
  }
}
