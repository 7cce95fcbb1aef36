package run.kro.backend.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RolloutSettingsTest {

  @Test
  void noAnnotationsIsAutoWithTheDefaults() {
    RolloutSettings.Read read = RolloutSettings.fromAnnotations(null);
    assertThat(read.settings()).isEqualTo(RolloutSettings.auto());
    assertThat(read.problems()).isEmpty();
  }

  @Test
  void readsEverySetting() {
    RolloutSettings settings =
        RolloutSettings.fromAnnotations(
                Map.of(
                    "kro.run/rollout", "Staged",
                    "kro.run/rollout-canary", "10%",
                    "kro.run/rollout-step", "5",
                    "kro.run/rollout-soak", "1m30s",
                    "kro.run/rollout-deadline", "2m",
                    "kro.run/rollout-paused", "true",
                    "kro.run/rollout-promote", "0",
                    "kro.run/target-revision", "3"))
            .settings();
    assertThat(settings)
        .isEqualTo(
            new RolloutSettings(
                RolloutMode.STAGED,
                Map.of(),
                new StepSize(10, true),
                new StepSize(5, false),
                Duration.ofSeconds(90),
                Duration.ofMinutes(2),
                true,
                OptionalLong.of(0),
                OptionalLong.of(3)));
  }

  @Test
  void aCanaryWithLabelsIsASelector() {
    RolloutSettings settings =
        RolloutSettings.fromAnnotations(Map.of("kro.run/rollout-canary", "tier=canary, env=dev"))
            .settings();
    assertThat(settings.canarySelector())
        .containsOnly(Map.entry("tier", "canary"), Map.entry("env", "dev"));
  }

  @Test
  void anUnreadableValueFallsBackToItsDefaultAndIsReportedByName() {
    RolloutSettings.Read read =
        RolloutSettings.fromAnnotations(
            Map.of(
                "kro.run/rollout", "canary",
                "kro.run/rollout-soak", "30 seconds",
                "kro.run/target-revision", "0"));
    assertThat(read.settings()).isEqualTo(RolloutSettings.auto());
    assertThat(read.problems())
        .containsExactlyInAnyOrder(
            "annotation kro.run/rollout: \"canary\" cannot be read; see docs/revisions.md#settings",
            "annotation kro.run/rollout-soak: \"30 seconds\" cannot be read; see"
                + " docs/revisions.md#settings",
            "annotation kro.run/target-revision: \"0\" cannot be read; see"
                + " docs/revisions.md#settings");
  }

  @Test
  void durationsReadAndWriteAsInManifests() {
    assertThat(Durations.parse("1h30m")).contains(Duration.ofMinutes(90));
    assertThat(Durations.parse("500ms")).contains(Duration.ofMillis(500));
    assertThat(Durations.parse("5 m")).isEmpty();
    assertThat(Durations.parse("5")).isEmpty();
    assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
    assertThat(Durations.format(Duration.ofHours(2))).isEqualTo("2h");
  }
}
