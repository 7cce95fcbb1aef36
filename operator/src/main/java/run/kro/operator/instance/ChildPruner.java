package run.kro.operator.instance;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the children an instance no longer wants (§4.3 step 7): members of its ApplySet that this reconcile did
 * not keep — a resource removed from the ResourceGroup, turned off by includeWhen, or a collection item that went
 * away. Later waves go first. Children marked {@code kro.run/deletion-policy: retain} are left in place.
 */
final class ChildPruner {

  private static final Logger LOG = LoggerFactory.getLogger(ChildPruner.class);

  private final ChildInventory inventory;

  ChildPruner(ChildInventory inventory) {
    this.inventory = inventory;
  }

  /** @return how many children were deleted */
  int prune(InstanceKey instance, String applySetId, Collection<String> groupKinds, Set<String> keptUids) {
    List<ChildInventory.Child> unwanted = inventory.members(applySetId, groupKinds).stream()
        .filter(child -> !keptUids.contains(child.uid()) && !child.retained() && !child.terminating())
        .sorted(Comparator.comparingInt(ChildInventory.Child::wave).reversed())
        .toList();
    int deleted = 0;
    for (ChildInventory.Child child : unwanted) {
      if (inventory.delete(child)) {
        LOG.info("{}: pruned {}", instance, child.describe());
        deleted++;
      }
    }
    return deleted;
  }
}
