package run.kro.ui.revision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import run.kro.backend.rollout.RolloutMode;
import run.kro.ui.revision.ResourceGroupRevisions;
import run.kro.ui.revision.RolloutProgress;
import run.kro.ui.revision.RolloutStatus;
import run.kro.ui.security.AccessReview;

/**
 * The rollout, as sentences, with the actions on the ResourceGroup: start a staged rollout, promote
 * the current step, pause or resume, follow the latest again. Each is shown when it applies and
 * enabled when the user may patch the ResourceGroup (the reason otherwise is its tooltip); the tab
 * does the writing.
 */
final class RolloutPanel extends VerticalLayout {

  /** What the buttons ask the tab to do. */
  interface Actions {
    void startStaged();

    void promote(long step);

    void pause(boolean paused);

    void followLatest();
  }

  private final Span headline = new Span();
  private final UnorderedList details = new UnorderedList();
  private final Button start =
      new Button("Start a staged rollout…", VaadinIcon.ROAD_BRANCHES.create());
  private final Button promote = new Button("Promote", VaadinIcon.FORWARD.create());
  private final Button pause = new Button("Pause", VaadinIcon.PAUSE.create());
  private final Button resume = new Button("Resume", VaadinIcon.PLAY.create());
  private final Button follow =
      new Button("Follow the latest again", VaadinIcon.ARROW_FORWARD.create());
  private long step;

  RolloutPanel(Actions actions) {
    setPadding(false);
    setSpacing(false);
    setId("rollout");
    headline.setId("rollout-headline");
    headline.addClassName("kro-rollout-headline");
    details.setId("rollout-details");
    start.setId("start-staged");
    promote.setId("promote-step");
    pause.setId("pause-rollout");
    resume.setId("resume-rollout");
    follow.setId("follow-latest");
    start.addClickListener(e -> actions.startStaged());
    promote.addClickListener(e -> actions.promote(step));
    pause.addClickListener(e -> actions.pause(true));
    resume.addClickListener(e -> actions.pause(false));
    follow.addClickListener(e -> actions.followLatest());
    HorizontalLayout buttons = new HorizontalLayout(start, promote, pause, resume, follow);
    buttons.setWrap(true);
    add(new Div(headline), details, buttons);
  }

  void show(ResourceGroupRevisions revisions, RolloutProgress progress, AccessReview.Decision may) {
    headline.setText(progress.headline());
    headline.getElement().setAttribute("tone", progress.tone().name().toLowerCase(Locale.ROOT));
    details.removeAll();
    progress.details().forEach(d -> details.add(new ListItem(d)));
    var settings = revisions.settings().settings();
    var rollout = revisions.status().rollout();
    boolean staged = settings.mode() == RolloutMode.STAGED;
    boolean running = staged && rollout.filter(r -> !r.is(RolloutStatus.COMPLETE)).isPresent();
    step = rollout.map(RolloutStatus::step).orElse(0);
    start.setVisible(!staged);
    // Promoting a halted step makes the controller look at its instances again.
    boolean halted = rollout.filter(r -> r.is(RolloutStatus.HALTED)).isPresent();
    String which = step == 0 ? "the canary" : "step " + step;
    promote.setText("Promote " + which + (halted ? " again" : " now"));
    promote.setVisible(running && !settings.paused());
    pause.setVisible(running && !settings.paused());
    resume.setVisible(staged && settings.paused());
    follow.setVisible(settings.target().isPresent());
    for (Button button : new Button[] {start, promote, pause, resume, follow}) {
      button.setEnabled(may.allowed());
      button.setTooltipText(may.allowed() ? null : may.reason());
    }
  }
}
