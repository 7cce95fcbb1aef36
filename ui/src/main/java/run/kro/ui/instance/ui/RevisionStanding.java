package run.kro.ui.instance.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Optional;
import java.util.OptionalLong;
import run.kro.ui.base.ui.Notices;
import run.kro.ui.revision.ActionResult;
import run.kro.ui.revision.InstanceRevision;
import run.kro.ui.revision.InstanceRevisions;
import run.kro.ui.revision.RolloutActions;
import run.kro.ui.security.AccessReview;

/**
 * The instance's revision on its page, and whether it is pinned or behind its ResourceGroup's
 * target (docs/revisions.md#the-model), with Pin (to the revision it runs) or Unpin for those who
 * may patch it.
 */
final class RevisionStanding extends HorizontalLayout {

  private final InstanceRevisions revisions;
  private final RolloutActions actions;
  private final Span badge = new Span();
  private final Button pin = new Button("Pin to this revision", VaadinIcon.PIN.create());
  private String rg = "";
  private InstanceRevision shown;

  RevisionStanding(InstanceRevisions revisions, RolloutActions actions) {
    this.revisions = revisions;
    this.actions = actions;
    setId("instance-revision");
    setAlignItems(FlexComponent.Alignment.BASELINE);
    setSpacing(true);
    pin.setId("pin-instance");
    pin.addThemeVariants(ButtonVariant.LUMO_SMALL);
    pin.addClickListener(e -> togglePin());
    add(badge, pin);
    setVisible(false);
  }

  /** Shows where {@code instance} stands; hidden before the controller has given it a revision. */
  void show(String rgName, JsonNode instance, AccessReview.Decision mayPatch) {
    rg = rgName;
    shown = revisions.of(instance);
    setVisible(shown.running().isPresent() || shown.pinned().isPresent());
    OptionalLong target = revisions.target(rgName);
    String revision =
        shown.running().isPresent() ? "revision " + shown.running().getAsLong() : "no revision yet";
    String standing = shown.standing(target);
    boolean pinnedHere = shown.pinned().isPresent() && shown.pinned().equals(shown.running());
    badge.setText(
        pinnedHere
            ? revision + " · pinned"
            : standing.equals("on the target") || shown.running().isEmpty()
                ? revision
                : revision + " · " + standing);
    badge
        .getElement()
        .setAttribute(
            "theme",
            shown.pinned().isPresent()
                ? "badge contrast"
                : shown.behind(target) ? "badge" : "badge success");
    boolean pinned = shown.pinned().isPresent();
    pin.setText(pinned ? "Unpin" : "Pin to this revision");
    pin.setVisible(pinned || shown.running().isPresent());
    pin.setEnabled(mayPatch.allowed());
    pin.setTooltipText(
        mayPatch.allowed()
            ? (pinned
                ? "Let it follow its ResourceGroup's rollout again"
                : "Keep it on this revision whatever the ResourceGroup's target")
            : mayPatch.reason());
  }

  private void togglePin() {
    Optional<Long> to =
        shown.pinned().isPresent() ? Optional.empty() : Optional.of(shown.running().getAsLong());
    ActionResult result = actions.pin(rg, shown.namespace(), shown.name(), to);
    if (result.done()) {
      Notices.done(result.message());
    } else {
      Notices.error(result.message());
    }
  }
}
