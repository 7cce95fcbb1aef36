package run.kro.ui.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The instance counts per revision in one line, e.g. {@code Revision 4: 8 instances, all ACTIVE.
 * Revision 5: 2 instances (1 ACTIVE, 1 ERROR), 1 pinned.} From the controller's {@code
 * status.revisions}; before it reports them, counted from the instances the user can see.
 */
public final class CountsText {

  private CountsText() {}

  public static String of(ResourceGroupRevisions revisions) {
    List<RevisionCount> counts =
        revisions.status().counts().isEmpty()
            ? counted(revisions.instances())
            : revisions.status().counts();
    return counts.stream()
        .filter(c -> c.instances() > 0)
        .map(CountsText::sentence)
        .collect(Collectors.joining(" "));
  }

  private static String sentence(RevisionCount count) {
    StringBuilder text =
        new StringBuilder("Revision ")
            .append(count.revision())
            .append(": ")
            .append(count.instances())
            .append(count.instances() == 1 ? " instance" : " instances");
    if (count.states().size() == 1) {
      text.append(count.instances() == 1 ? ", " : ", all ")
          .append(count.states().keySet().iterator().next());
    } else if (!count.states().isEmpty()) {
      List<String> states = new ArrayList<>();
      new TreeMap<>(count.states()).forEach((state, n) -> states.add(n + " " + state));
      text.append(" (").append(String.join(", ", states)).append(")");
    }
    if (count.pinned() > 0) {
      text.append(", ").append(count.pinned()).append(" pinned");
    }
    return text.append('.').toString();
  }

  private static List<RevisionCount> counted(List<InstanceRevision> instances) {
    Map<Long, List<InstanceRevision>> byRevision =
        instances.stream()
            .filter(i -> i.running().isPresent())
            .collect(
                Collectors.groupingBy(
                    i -> i.running().getAsLong(), TreeMap::new, Collectors.toList()));
    List<RevisionCount> counts = new ArrayList<>();
    byRevision.forEach(
        (revision, running) ->
            counts.add(
                new RevisionCount(
                    revision,
                    running.size(),
                    (int) running.stream().filter(i -> i.pinned().isPresent()).count(),
                    running.stream()
                        .filter(i -> i.state().isPresent())
                        .collect(
                            Collectors.groupingBy(
                                i -> i.state().get(), Collectors.summingInt(i -> 1))))));
    return counts;
  }
}
