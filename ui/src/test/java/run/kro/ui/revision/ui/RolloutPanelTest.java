package run.kro.ui.revision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.button.Button;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import run.kro.backend.api.KroMetadata;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.backend.rollout.RolloutSettings;
import run.kro.ui.revision.ResourceGroupRevisions;
import run.kro.ui.revision.RevisionStatus;
import run.kro.ui.revision.RolloutProgress;
import run.kro.ui.security.AccessReview;

/** Which rollout actions the panel offers, and to whom. */
class RolloutPanelTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AccessReview.Decision NO =
      new AccessReview.Decision(false, "you cannot patch resourcegroups");

  private final RolloutPanel panel = new RolloutPanel(new Ignored());

  @Test
  void autoOffersOnlyToStartAStagedRollout() throws Exception {
    show("{}", Map.of(), AccessReview.Decision.ALLOWED);

    assertThat(visible()).containsExactly("start-staged");
  }

  @Test
  void aHaltedStagedRolloutOffersPromoteAgainAndPause() throws Exception {
    show(
        "{\"rollout\": {\"mode\": \"staged\", \"revision\": 2, \"phase\": \"Halted\", \"step\": 1,"
            + " \"steps\": 3}}",
        Map.of(KroMetadata.ROLLOUT, "staged"),
        AccessReview.Decision.ALLOWED);

    assertThat(visible()).containsExactly("promote-step", "pause-rollout");
    assertThat(button("promote-step").getText()).isEqualTo("Promote step 1 again");
  }

  @Test
  void aPausedRolloutAfterARollbackOffersResumeAndFollowTheLatest() throws Exception {
    show(
        "{\"rollout\": {\"mode\": \"staged\", \"revision\": 1, \"phase\": \"Paused\"}}",
        Map.of(
            KroMetadata.ROLLOUT, "staged",
            KroMetadata.ROLLOUT_PAUSED, "true",
            KroMetadata.TARGET_REVISION, "1"),
        AccessReview.Decision.ALLOWED);

    assertThat(visible()).containsExactly("resume-rollout", "follow-latest");
  }

  @Test
  void whoMayNotPatchSeesTheActionsDisabledWithTheReason() throws Exception {
    show("{}", Map.of(), NO);

    assertThat(button("start-staged").isEnabled()).isFalse();
    assertThat(button("start-staged").getTooltip().getText()).isEqualTo(NO.reason());
  }

  private void show(String status, Map<String, String> annotations, AccessReview.Decision may)
      throws Exception {
    ResourceGroupRevisions revisions =
        new ResourceGroupRevisions(
            ResourceGroupKind.RESOURCE_GROUP,
            "web",
            true,
            RevisionStatus.of(JSON.readTree(status)),
            RolloutSettings.fromAnnotations(annotations),
            List.of(),
            List.of(),
            List.of());
    panel.show(
        revisions,
        RolloutProgress.of(revisions.status(), revisions.settings(), Instant.now()),
        may);
  }

  private List<String> visible() {
    return List.of(
            "start-staged", "promote-step", "pause-rollout", "resume-rollout", "follow-latest")
        .stream()
        .filter(id -> button(id).isVisible())
        .toList();
  }

  private Button button(String id) {
    return (Button)
        panel
            .getChildren()
            .flatMap(c -> c.getChildren())
            .filter(c -> c.getId().filter(id::equals).isPresent())
            .findFirst()
            .orElseThrow();
  }

  private static final class Ignored implements RolloutPanel.Actions {
    @Override
    public void startStaged() {}

    @Override
    public void promote(long step) {}

    @Override
    public void pause(boolean paused) {}

    @Override
    public void followLatest() {}
  }
}
