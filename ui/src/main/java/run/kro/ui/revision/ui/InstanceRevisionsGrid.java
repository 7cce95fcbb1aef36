package run.kro.ui.revision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import run.kro.backend.rollout.RolloutMode;
import run.kro.ui.base.ui.Badges;
import run.kro.ui.revision.InstanceRevision;
import run.kro.ui.revision.ResourceGroupRevisions;
import run.kro.ui.security.AccessReview;

/**
 * Which instance runs which revision, and where each stands (on the target, behind it, pinned,
 * moving), with Pin or Unpin on each row and, in rollout manual, Promote on those behind. Choosing
 * a name opens the instance.
 */
final class InstanceRevisionsGrid extends Grid<InstanceRevision> {

  /** What the row buttons ask the tab to do. */
  interface Actions {
    void open(InstanceRevision instance);

    void pin(InstanceRevision instance, Optional<Long> revision);

    void admit(InstanceRevision instance, long target);
  }

  private final Actions actions;
  private OptionalLong target = OptionalLong.empty();
  private boolean manual;
  private Function<String, AccessReview.Decision> may = ns -> AccessReview.Decision.ALLOWED;

  InstanceRevisionsGrid(Actions actions) {
    this.actions = actions;
    setId("revision-instances");
    addComponentColumn(this::name).setHeader("Instance").setAutoWidth(true).setSortable(false);
    addColumn(i -> i.running().isPresent() ? Long.toString(i.running().getAsLong()) : "—")
        .setHeader("Revision")
        .setAutoWidth(true)
        .setFlexGrow(0);
    addComponentColumn(this::standing).setHeader("Stands").setAutoWidth(true);
    addComponentColumn(this::state).setHeader("State").setAutoWidth(true).setFlexGrow(0);
    addComponentColumn(this::buttons).setHeader("").setAutoWidth(true);
    addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    setAllRowsVisible(true);
    setEmptyStateText("No instances.");
  }

  void show(ResourceGroupRevisions revisions, Function<String, AccessReview.Decision> may) {
    this.target = revisions.target();
    this.manual = revisions.settings().settings().mode() == RolloutMode.MANUAL;
    this.may = may;
    setItems(revisions.instances());
  }

  private Button name(InstanceRevision instance) {
    Button open =
        new Button(
            (instance.namespace().isEmpty() ? "" : instance.namespace() + "/") + instance.name(),
            e -> actions.open(instance));
    open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
    return open;
  }

  private Span standing(InstanceRevision instance) {
    Span badge = new Span(instance.standing(target));
    String theme =
        instance.pinned().isPresent() || instance.running().isEmpty()
            ? "badge contrast"
            : instance.behind(target) || instance.moving(target) ? "badge" : "badge success";
    badge.getElement().setAttribute("theme", theme);
    badge.addClassName("revision-standing");
    return badge;
  }

  private Span state(InstanceRevision instance) {
    return Badges.state(instance.state());
  }

  private HorizontalLayout buttons(InstanceRevision instance) {
    AccessReview.Decision allowed = may.apply(instance.namespace());
    HorizontalLayout row = new HorizontalLayout();
    String who = instance.namespace() + "/" + instance.name();
    if (instance.pinned().isPresent()) {
      row.add(
          button("Unpin", "Unpin " + who, allowed, () -> actions.pin(instance, Optional.empty())));
    } else if (instance.running().isPresent()) {
      long here = instance.running().getAsLong();
      row.add(
          button(
              "Pin to " + here,
              "Pin " + who + " to revision " + here,
              allowed,
              () -> actions.pin(instance, Optional.of(here))));
    }
    if (manual && instance.behind(target) && !instance.moving(target)) {
      row.add(
          button(
              "Promote",
              "Promote " + who + " to revision " + target.getAsLong(),
              allowed,
              () -> actions.admit(instance, target.getAsLong())));
    }
    return row;
  }

  private static Button button(
      String text, String label, AccessReview.Decision may, Runnable action) {
    Button button = new Button(text, e -> action.run());
    button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    button.setAriaLabel(label);
    button.setEnabled(may.allowed());
    button.setTooltipText(may.allowed() ? label : may.reason());
    return button;
  }
}
