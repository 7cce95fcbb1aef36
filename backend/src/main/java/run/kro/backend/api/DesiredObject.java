package run.kro.backend.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import run.kro.backend.kinds.GroupVersionKind;

/**
 * One object the controller should apply for a resource of the graph: the rendered template with
 * the instance's namespace filled in where the kind is namespaced and the template sets none, and
 * kro's labels and annotations added (docs/design.md#child-labels-and-the-applyset: owned,
 * kro-version, instance-*, node-id, managed-by, applyset part-of, apply-order, and for collections
 * collection-index and collection-size). {@code object} belongs to the caller.
 *
 * @param collectionIndex the item's place in a forEach collection; empty for a single resource
 */
public record DesiredObject(
    String nodeId, GroupVersionKind gvk, ObjectNode object, Optional<Integer> collectionIndex) {

  public String name() {
    return object.path("metadata").path("name").asText("");
  }

  /** Empty for cluster-scoped kinds. */
  public Optional<String> namespace() {
    String namespace = object.path("metadata").path("namespace").asText("");
    return namespace.isEmpty() ? Optional.empty() : Optional.of(namespace);
  }
}
