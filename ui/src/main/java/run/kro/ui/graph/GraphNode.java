package run.kro.ui.graph;

import java.util.List;
import java.util.Optional;

/**
 * One node as drawn: a title (the resource id), a subtitle (kind, or kind/name), small badges
 * (includeWhen, forEach, ...), a tone for its state and an optional detail line (why it waits or
 * fails). Dashed nodes may not exist.
 */
public record GraphNode(
    String id,
    String title,
    String subtitle,
    List<String> badges,
    NodeTone tone,
    boolean dashed,
    Optional<String> detail) {

  public GraphNode {
    badges = List.copyOf(badges);
    detail = detail == null ? Optional.empty() : detail.filter(d -> !d.isBlank());
  }
}
