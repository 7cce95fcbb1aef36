package run.kro.ui.revision.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Objects;
import run.kro.ui.base.ui.DiffText;
import run.kro.ui.revision.GraphRevision;
import run.kro.ui.revision.ResourceGroupRevisions;
import run.kro.ui.revision.RevisionDiff;

/**
 * The diff between any two revisions the user picks; it starts from the one before the latest to
 * the latest, and keeps a chosen pair while the history refreshes.
 */
final class RevisionCompare extends VerticalLayout {

  private final Select<Long> from = new Select<>();
  private final Select<Long> to = new Select<>();
  private final Div diff = new Div();
  private ResourceGroupRevisions shown;

  RevisionCompare() {
    setPadding(false);
    from.setLabel("From revision");
    to.setLabel("To revision");
    from.setId("diff-from");
    to.setId("diff-to");
    diff.setId("revision-diff");
    diff.setWidthFull();
    from.addValueChangeListener(e -> draw());
    to.addValueChangeListener(e -> draw());
    add(new HorizontalLayout(from, to), diff);
  }

  void show(ResourceGroupRevisions revisions) {
    List<Long> numbers = revisions.history().stream().map(GraphRevision::number).toList();
    List<Long> before =
        shown == null ? List.of() : shown.history().stream().map(GraphRevision::number).toList();
    shown = revisions;
    if (numbers.equals(before)) {
      return; // same history: keep the choice and the drawn diff
    }
    Long chosenFrom = from.getValue();
    Long chosenTo = to.getValue();
    from.setItems(numbers);
    to.setItems(numbers);
    // A pair of two revisions still kept stays; otherwise (e.g. the default pair of a one-revision
    // history) the newest two are compared.
    boolean keep =
        chosenFrom != null
            && chosenTo != null
            && !chosenFrom.equals(chosenTo)
            && numbers.contains(chosenFrom)
            && numbers.contains(chosenTo);
    from.setValue(keep ? chosenFrom : numbers.size() > 1 ? numbers.get(1) : null);
    to.setValue(keep ? chosenTo : numbers.isEmpty() ? null : numbers.get(0));
    draw();
  }

  /** Shows what moving from revision {@code from} to revision {@code to} changes. */
  void compare(long from, long to) {
    this.from.setValue(from);
    this.to.setValue(to);
  }

  private void draw() {
    diff.removeAll();
    if (shown == null || from.getValue() == null || to.getValue() == null) {
      diff.setText(
          shown != null && shown.history().size() < 2
              ? "A diff appears here once there are two revisions."
              : "");
      return;
    }
    shown
        .revision(from.getValue())
        .ifPresent(
            a ->
                shown
                    .revision(Objects.requireNonNull(to.getValue()))
                    .ifPresent(b -> diff.add(DiffText.of(RevisionDiff.between(a, b)))));
  }
}
