package run.kro.operator.instance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import run.kro.operator.serviceaccounts.ChildAccess;

/**
 * Deletes the children an instance no longer wants (docs/design.md#pruning): members of its
 * ApplySet that this reconcile did not keep — a resource removed from the ResourceGroup, turned off
 * by includeWhen, or a collection item that went away. Later waves go first. Children marked {@code
 * kro.run/deletion-policy: retain} are left in place. Each is deleted as the identity that may
 * write it; a refused deletion is reported back, and the others still go.
 */
final class ChildPruner {

  private static final Logger LOG = LoggerFactory.getLogger(ChildPruner.class);

  private final ChildInventory inventory;

  ChildPruner(ChildInventory inventory) {
    this.inventory = inventory;
  }

  /**
   * @return why children could not be deleted; empty when every unwanted child was deleted or
   *     already gone
   */
  List<String> prune(
      InstanceKey instance,
      String applySetId,
      Collection<String> groupKinds,
      Set<String> keptUids,
      ChildAccess access) {
    List<ChildInventory.Child> unwanted =
        inventory.members(applySetId, groupKinds).stream()
            .filter(
                child ->
                    !keptUids.contains(child.uid()) && !child.retained() && !child.terminating())
            .sorted(Comparator.comparingInt(ChildInventory.Child::wave).reversed())
            .toList();
    List<String> refused = new ArrayList<>();
    for (ChildInventory.Child child : unwanted) {
      ChildInventory.Deletion deletion = inventory.delete(child, access);
      if (deletion instanceof ChildInventory.Deletion.Deleted) {
        LOG.info("{}: pruned {}", instance, child.describe());
      } else if (deletion instanceof ChildInventory.Deletion.Refused refusal) {
        refused.add(refusal.message());
      }
    }
    return refused;
  }
}
