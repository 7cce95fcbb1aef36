package run.kro.backend.status;

import java.util.Optional;

/**
 * One resource of an instance as the console draws it and {@code status.managedResources} lists it.
 *
 * @param name the object's name for a single resource; empty for collections and selector
 *     references
 * @param desired how many objects should exist: 1 for a single resource, the item count for a
 *     collection, the match count for a selector reference
 * @param observed how many of them exist now
 * @param message why the resource is waiting or failed, in words that name the expression or
 *     dependency
 */
public record NodeReport(
    String id,
    String apiVersion,
    String kind,
    Optional<String> namespace,
    Optional<String> name,
    NodeState state,
    Optional<String> message,
    int desired,
    int observed) {

  public NodeReport {
    namespace = namespace == null ? Optional.empty() : namespace;
    name = name == null ? Optional.empty() : name;
    message = message == null ? Optional.empty() : message.filter(m -> !m.isEmpty());
  }

  public NodeReport withState(NodeState newState, String newMessage) {
    return new NodeReport(
        id,
        apiVersion,
        kind,
        namespace,
        name,
        newState,
        Optional.ofNullable(newMessage),
        desired,
        observed);
  }
}
