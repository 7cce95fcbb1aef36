package run.kro.ui.revision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import run.kro.ui.base.AgeText;
import run.kro.ui.base.ui.Badges;
import run.kro.ui.revision.GraphRevision;
import run.kro.ui.revision.InstanceRevision;
import run.kro.ui.revision.ResourceGroupRevisions;
import run.kro.ui.security.AccessReview;

/**
 * The revisions kept, newest first: when each was issued, which is the latest and which the target,
 * how many instances run it, and Roll back on every other revision.
 */
final class HistoryGrid extends Grid<GraphRevision> {

  private final LongConsumer rollBack;
  private OptionalLong latest = OptionalLong.empty();
  private OptionalLong target = OptionalLong.empty();
  private Map<Long, Long> running = Map.of();
  private AccessReview.Decision may = AccessReview.Decision.ALLOWED;

  HistoryGrid(LongConsumer rollBack) {
    this.rollBack = rollBack;
    setId("revision-history");
    addColumn(GraphRevision::number).setHeader("Revision").setAutoWidth(true).setFlexGrow(0);
    addComponentColumn(this::marks).setHeader("").setAutoWidth(true);
    addColumn(r -> running.getOrDefault(r.number(), 0L))
        .setHeader("Instances")
        .setAutoWidth(true)
        .setFlexGrow(0);
    addColumn(r -> AgeText.since(r.issued(), Instant.now()))
        .setHeader("Issued")
        .setAutoWidth(true)
        .setFlexGrow(0);
    addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
    addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    setAllRowsVisible(true);
    setEmptyStateText("No revision issued yet.");
  }

  void show(ResourceGroupRevisions revisions, AccessReview.Decision may) {
    this.latest = revisions.latest();
    this.target = revisions.target();
    this.may = may;
    this.running = running(revisions.instances());
    setItems(revisions.history());
  }

  private HorizontalLayout marks(GraphRevision revision) {
    HorizontalLayout marks = new HorizontalLayout();
    marks.setSpacing(true);
    if (is(latest, revision)) {
      marks.add(Badges.neutral("latest"));
    }
    if (is(target, revision)) {
      marks.add(Badges.success("target"));
    }
    return marks;
  }

  private Span actions(GraphRevision revision) {
    Span cell = new Span();
    if (!is(target, revision)) {
      Button back =
          new Button(
              (target.isPresent() && revision.number() > target.getAsLong()
                      ? "Roll forward"
                      : "Roll back")
                  + " to "
                  + revision.number()
                  + "…",
              e -> rollBack.accept(revision.number()));
      back.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      back.setEnabled(may.allowed());
      back.setTooltipText(may.allowed() ? null : may.reason());
      back.getElement().setAttribute("data-revision", Long.toString(revision.number()));
      back.addClassName("roll-back");
      cell.add(back);
    }
    return cell;
  }

  private static boolean is(OptionalLong mark, GraphRevision revision) {
    return mark.isPresent() && mark.getAsLong() == revision.number();
  }

  /** Instances counted by the revision they run. */
  private static Map<Long, Long> running(List<InstanceRevision> instances) {
    return instances.stream()
        .filter(i -> i.running().isPresent())
        .collect(Collectors.groupingBy(i -> i.running().getAsLong(), Collectors.counting()));
  }
}
