package run.kro.ui.revision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The staged rollout a user asks for, checked by the controller's own rules. */
class StagedRolloutTest {

  @Test
  void theDefaultsAreTheControllersAndReadable() {
    StagedRollout defaults = StagedRollout.defaults();

    assertThat(defaults).isEqualTo(new StagedRollout("1", "25%", "30s"));
    assertThat(defaults.problems()).isEmpty();
  }

  @Test
  void writesTheModeAndTheThreeValuesAndRemovesNothing() {
    assertThat(new StagedRollout(" 2 ", "50%", "1m").patch().json())
        .isEqualTo(
            "{\"metadata\":{\"annotations\":{\"kro.run/rollout\":\"staged\","
                + "\"kro.run/rollout-canary\":\"2\",\"kro.run/rollout-step\":\"50%\","
                + "\"kro.run/rollout-soak\":\"1m\"}}}");
    assertThat(new StagedRollout("tier=canary", "5", "30s").problems()).isEmpty();
  }

  @Test
  void valuesTheControllerCouldNotReadAreRefusedFieldByField() {
    assertThat(new StagedRollout("two", "0", "soon").problems())
        .containsExactly(
            "Canary: give a count (2), a percentage (10%) or labels (tier=canary).",
            "Step: give a count (5) or a percentage (25%).",
            "Soak: give a duration such as 30s, 5m or 1h30m.");
    assertThat(new StagedRollout("", "1", "30s").problems())
        .containsExactly("Give the canary, the step and the soak time.");
  }

  @Test
  void removingAnAnnotationSendsNull() {
    assertThat(AnnotationPatch.remove("kro.run/rollout-paused").json())
        .isEqualTo("{\"metadata\":{\"annotations\":{\"kro.run/rollout-paused\":null}}}");
  }
}
