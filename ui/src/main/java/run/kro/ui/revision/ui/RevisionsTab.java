package run.kro.ui.revision.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.ui.base.ui.Notices;
import run.kro.ui.revision.ActionResult;
import run.kro.ui.revision.CountsText;
import run.kro.ui.revision.InstanceRevision;
import run.kro.ui.revision.ResourceGroupRevisions;
import run.kro.ui.revision.RevisionReader;
import run.kro.ui.revision.RevisionWatch;
import run.kro.ui.revision.RolloutActions;
import run.kro.ui.revision.RolloutProgress;
import run.kro.ui.revision.StagedRollout;
import run.kro.ui.security.AccessReview;

/**
 * A ResourceGroup's revisions, live (docs/revisions.md#the-console): the rollout in sentences with
 * its actions, the instance counts per revision, the history with Roll back and a diff between any
 * two revisions, and which instance runs which revision. It reads while it is shown (a tab's
 * content is attached only while its tab is selected) and again whenever {@link RevisionWatch}
 * says.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class RevisionsTab extends VerticalLayout {

  /** Instance pages live at {@code apis/<rg>/<namespace>/<name>}, "_" for no namespace. */
  private static final String CLUSTER_SCOPE = "_";

  private final RevisionReader reader;
  private final RevisionWatch watch;
  private final RolloutActions actions;
  private final RolloutPanel rollout = new RolloutPanel(new PanelActions());
  private final Paragraph counts = new Paragraph();
  private final Paragraph problems = new Paragraph();
  private final HistoryGrid history = new HistoryGrid(this::confirmRollBack);
  private final RevisionCompare compare = new RevisionCompare();
  private final InstanceRevisionsGrid instances = new InstanceRevisionsGrid(new RowActions());
  private final Map<String, AccessReview.Decision> instanceRights = new HashMap<>();
  private Optional<ResourceGroupKind> kind = Optional.empty();
  private String name = "";
  private ResourceGroupRevisions shown;
  private AccessReview.Decision mayRollout = AccessReview.Decision.ALLOWED;
  private Registration live;

  public RevisionsTab(RevisionReader reader, RevisionWatch watch, RolloutActions actions) {
    this.reader = reader;
    this.watch = watch;
    this.actions = actions;
    setId("revisions-tab");
    setWidthFull();
    counts.setId("revision-counts");
    problems.setId("revision-problems");
    problems.addClassName("kro-secondary");
    add(
        new H4("Rollout"),
        rollout,
        counts,
        problems,
        new H4("History"),
        history,
        compare,
        new H4("Instances"),
        instances);
  }

  /** The ResourceGroup to show; read now if the tab is on screen. */
  public void show(ResourceGroupKind kind, String name) {
    boolean changed = !Optional.of(kind).equals(this.kind) || !name.equals(this.name);
    this.kind = Optional.of(kind);
    this.name = name;
    if (changed && isAttached()) {
      stopWatching();
      instanceRights.clear();
      startWatching(UI.getCurrent());
    }
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    startWatching(attach.getUI());
  }

  @Override
  protected void onDetach(DetachEvent detach) {
    stopWatching();
  }

  private void startWatching(UI ui) {
    if (kind.isEmpty()) {
      return;
    }
    mayRollout = actions.mayChangeRollout(kind.get());
    refresh();
    live = watch.watch(kind.get(), name, () -> ui.access(this::refresh));
  }

  private void stopWatching() {
    if (live != null) {
      live.remove();
      live = null;
    }
  }

  private void refresh() {
    kind.ifPresent(k -> draw(reader.read(k, name)));
  }

  private void draw(ResourceGroupRevisions revisions) {
    rollout.show(
        revisions,
        RolloutProgress.of(revisions.status(), revisions.settings(), Instant.now()),
        mayRollout);
    if (revisions.equals(shown)) {
      return; // only the clock moved: redrawing the grids would replace a button being clicked
    }
    shown = revisions;
    counts.setText(CountsText.of(revisions));
    problems.setText(String.join(" ", revisions.problems()));
    problems.setVisible(!revisions.problems().isEmpty());
    history.show(revisions, mayRollout);
    compare.show(revisions);
    instances.show(revisions, this::mayChangeInstance);
  }

  private AccessReview.Decision mayChangeInstance(String namespace) {
    return instanceRights.computeIfAbsent(namespace, ns -> actions.mayChangeInstance(name, ns));
  }

  private void report(ActionResult result) {
    if (result.done()) {
      Notices.done(result.message());
    } else {
      Notices.error(result.message());
    }
    refresh();
  }

  private void confirmRollBack(long revision) {
    ResourceGroupKind k = kind.orElseThrow();
    long ahead =
        shown.instances().stream()
            .filter(i -> i.pinned().isEmpty() && i.running().orElse(0) > revision)
            .count();
    compare.compare(shown.target().orElse(revision), revision);
    ConfirmDialog dialog =
        new ConfirmDialog(
            "Roll " + name + " back to revision " + revision + "?",
            "Revision "
                + revision
                + " becomes the target. "
                + ahead
                + (ahead == 1 ? " instance runs" : " instances run")
                + " a later revision and moves back to it at once, whatever the rollout; pinned"
                + " instances stay where they are. Resources both revisions declare are updated in"
                + " place, never deleted. The diff below shows what changes back.",
            "Roll back",
            e -> report(actions.rollBack(k, name, revision)));
    dialog.setCancelable(true);
    dialog.setConfirmButtonTheme("error primary");
    dialog.setId("confirm-rollback");
    dialog.open();
  }

  /** The rollout panel's buttons. */
  private final class PanelActions implements RolloutPanel.Actions {

    @Override
    public void startStaged() {
      StagedRollout current = StagedRollout.of(shown.settings().settings());
      new StagedRolloutDialog(
              name, current, asked -> report(actions.startStaged(kind.orElseThrow(), name, asked)))
          .open();
    }

    @Override
    public void promote(long step) {
      report(actions.promote(kind.orElseThrow(), name, step));
    }

    @Override
    public void pause(boolean paused) {
      report(actions.pause(kind.orElseThrow(), name, paused));
    }

    @Override
    public void followLatest() {
      report(actions.followLatest(kind.orElseThrow(), name));
    }
  }

  /** The instance rows' buttons. */
  private final class RowActions implements InstanceRevisionsGrid.Actions {

    @Override
    public void open(InstanceRevision instance) {
      getUI()
          .ifPresent(
              ui ->
                  ui.navigate(
                      "apis/"
                          + name
                          + "/"
                          + (instance.namespace().isEmpty() ? CLUSTER_SCOPE : instance.namespace())
                          + "/"
                          + instance.name()));
    }

    @Override
    public void pin(InstanceRevision instance, Optional<Long> revision) {
      report(actions.pin(name, instance.namespace(), instance.name(), revision));
    }

    @Override
    public void admit(InstanceRevision instance, long target) {
      report(actions.admit(name, instance.namespace(), instance.name(), target));
    }
  }
}
