package run.kro.ui.revision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import run.kro.backend.api.KroMetadata;
import run.kro.backend.rollout.RolloutSettings;

/** A rollout's status as the sentences the Revisions tab shows. */
class RolloutProgressTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-12-04T01:00:30Z");
  private static final RolloutSettings.Read STAGED =
      RolloutSettings.fromAnnotations(
          Map.of(KroMetadata.ROLLOUT, "staged", KroMetadata.ROLLOUT_SOAK, "30s"));

  @Test
  void aSoakingCanaryNamesTheCanaryTheCountsAndWhenTheSoakEnds() {
    RolloutProgress progress =
        progress(
            """
            {"targetRevision": 5, "rollout": {"mode": "staged", "revision": 5, "phase": "Soaking",
             "step": 0, "steps": 4, "admitted": 2, "total": 10,
             "readySince": "2026-12-04T01:00:20Z"}}""",
            STAGED);

    assertThat(progress.headline())
        .isEqualTo("Staged rollout of revision 5: the canary is Ready and soaking.");
    assertThat(progress.details())
        .containsExactly(
            "2 of 10 instances are on or admitted to revision 5.",
            "Soaking until 01:00:50 UTC (in 20s), then step 1 of 3 admits more.");
    assertThat(progress.tone()).isEqualTo(RolloutProgress.Tone.ACTIVE);
  }

  @Test
  void aHaltedRolloutSaysWhereAndWhyAndWhatGetsItGoing() {
    RolloutProgress progress =
        progress(
            """
            {"rollout": {"mode": "staged", "revision": 5, "phase": "Halted", "step": 0, "steps": 4,
             "admitted": 2, "total": 10, "message": "instance team-a/shop-3 is ERROR: quota exceeded"}}""",
            STAGED);

    assertThat(progress.headline()).isEqualTo("Staged rollout of revision 5 halted at the canary.");
    assertThat(progress.details())
        .startsWith("Why: instance team-a/shop-3 is ERROR: quota exceeded")
        .contains("2 of 10 instances are on or admitted to revision 5.");
    assertThat(progress.tone()).isEqualTo(RolloutProgress.Tone.ERROR);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Complete    | 3 | Staged rollout of revision 5 is complete: all 10 instances that follow the target run it. | SUCCESS
      Paused      | 2 | Staged rollout of revision 5 is paused at step 2 of 3.                                      | PAUSED
      Progressing | 1 | Staged rollout of revision 5: step 1 of 3 is under way.                                     | ACTIVE
      Waiting     | 0 | Staged rollout of revision 5: waiting for promotions.                                       | ACTIVE
      """)
  void eachPhaseHasItsHeadline(String phase, int step, String headline, RolloutProgress.Tone tone) {
    RolloutProgress progress =
        progress(
            "{\"rollout\": {\"mode\": \"staged\", \"revision\": 5, \"phase\": \""
                + phase
                + "\", \"step\": "
                + step
                + ", \"steps\": 4, \"admitted\": 4, \"total\": 10}}",
            STAGED);

    assertThat(progress.headline()).isEqualTo(headline);
    assertThat(progress.tone()).isEqualTo(tone);
  }

  @Test
  void withoutARolloutReportAutoSaysEveryInstanceFollows() {
    RolloutProgress progress =
        progress("{\"lastIssuedRevision\": 3}", RolloutSettings.fromAnnotations(Map.of()));

    assertThat(progress.headline())
        .isEqualTo("Every instance that is not pinned runs revision 3 (rollout auto).");
  }

  @Test
  void aRollbackAPauseAndUnreadableSettingsAreSaid() {
    RolloutProgress progress =
        progress(
            "{\"targetRevision\": 2, \"lastIssuedRevision\": 3}",
            RolloutSettings.fromAnnotations(
                Map.of(
                    KroMetadata.TARGET_REVISION, "2",
                    KroMetadata.ROLLOUT_PAUSED, "true",
                    KroMetadata.ROLLOUT_SOAK, "soon")));

    assertThat(progress.headline()).contains("revision 2");
    assertThat(progress.details())
        .contains(
            "kro.run/rollout-paused is set: the controller admits no more instances.",
            "Rolled back: the target is revision 2.")
        .anyMatch(d -> d.contains("kro.run/rollout-soak") && d.contains("\"soon\""));
  }

  @Test
  void stepsAreCountedAfterTheCanary() {
    assertThat(RolloutProgress.stepName(0, 4)).isEqualTo("the canary");
    assertThat(RolloutProgress.stepName(1, 4)).isEqualTo("step 1 of 3");
    assertThat(RolloutProgress.stepName(3, 4)).isEqualTo("step 3 of 3");
  }

  private static RolloutProgress progress(String status, RolloutSettings.Read settings) {
    try {
      JsonNode tree = JSON.readTree(status);
      return RolloutProgress.of(RevisionStatus.of(tree), settings, NOW);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
