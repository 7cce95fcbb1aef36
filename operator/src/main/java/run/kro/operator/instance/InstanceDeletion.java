package run.kro.operator.instance;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import run.kro.backend.api.KroMetadata;
import run.kro.backend.status.NodeReport;
import run.kro.backend.status.NodeState;
import run.kro.operator.serviceaccounts.ChildAccess;

/**
 * Deletes an instance's children in reverse-topological waves (docs/design.md#deletion), from what
 * the cluster records rather than from CEL: the ApplySet members and the wave each carries in
 * {@code internal.kro.run/apply-order}. One wave at a time, the highest first; the next starts only
 * when every child of the current wave is gone (child finalizers hold it). Retained children stay.
 * Each child is deleted as the identity that may write it; a refused deletion shows as that child's
 * error, and the instance keeps its finalizer until the deletion is allowed.
 */
final class InstanceDeletion {

  private final ChildInventory inventory;

  InstanceDeletion(ChildInventory inventory) {
    this.inventory = inventory;
  }

  /** Where the deletion stands after one step. */
  record Progress(boolean done, String message, List<NodeReport> remaining) {}

  Progress step(String applySetId, Collection<String> groupKinds, ChildAccess access) {
    List<ChildInventory.Child> remaining =
        inventory.members(applySetId, groupKinds).stream()
            .filter(child -> !child.retained())
            .toList();
    if (remaining.isEmpty()) {
      return new Progress(true, "all resources deleted", List.of());
    }
    int wave = remaining.stream().mapToInt(ChildInventory.Child::wave).max().orElse(0);
    List<ChildInventory.Child> current =
        remaining.stream().filter(child -> child.wave() == wave).toList();
    Map<String, String> refused = new HashMap<>();
    for (ChildInventory.Child child : current) {
      if (!child.terminating()
          && inventory.delete(child, access) instanceof ChildInventory.Deletion.Refused refusal) {
        refused.put(child.uid(), refusal.message());
      }
    }
    String message =
        "deleting wave "
            + wave
            + ": "
            + current.stream().map(ChildInventory.Child::describe).collect(Collectors.joining(", "))
            + (remaining.size() > current.size()
                ? "; " + (remaining.size() - current.size()) + " more in later waves"
                : "")
            + (refused.isEmpty() ? "" : "; refused: " + String.join("; ", refused.values()));
    return new Progress(
        false,
        message,
        remaining.stream()
            .map(
                child ->
                    Optional.ofNullable(refused.get(child.uid()))
                        .map(reason -> report(child).withState(NodeState.ERROR, reason))
                        .orElseGet(() -> report(child)))
            .toList());
  }

  private static NodeReport report(ChildInventory.Child child) {
    var labels = child.object().getMetadata().getLabels();
    String id = labels == null ? "" : labels.getOrDefault(KroMetadata.NODE_ID, "");
    return new NodeReport(
        id,
        child.gvk().apiVersion(),
        child.gvk().kind(),
        Optional.ofNullable(child.object().getMetadata().getNamespace()),
        Optional.of(child.object().getMetadata().getName()),
        NodeState.DELETING,
        Optional.of("deletion wave " + child.wave()),
        1,
        1);
  }
}
