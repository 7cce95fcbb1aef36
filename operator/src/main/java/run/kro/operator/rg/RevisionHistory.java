package run.kro.operator.rg;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import run.kro.operator.rg.GraphRevisions.Revision;

/**
 * Which revisions of a ResourceGroup are collected: those older than the newest {@code keep},
 * except any an instance still uses. The latest is always kept, even with {@code keep} below one.
 */
final class RevisionHistory {

  private RevisionHistory() {}

  /**
   * @param revisions oldest first
   * @param inUse the revision numbers instances record in {@code status.graphRevision}
   */
  static List<Revision> toCollect(List<Revision> revisions, int keep, Set<Long> inUse) {
    int kept = Math.max(1, keep);
    List<Revision> collected = new ArrayList<>();
    for (int i = 0; i < revisions.size() - kept; i++) {
      Revision old = revisions.get(i);
      if (!inUse.contains(old.number())) {
        collected.add(old);
      }
    }
    return collected;
  }
}
