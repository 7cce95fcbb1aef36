package run.kro.backend.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RolloutPlanTest {

  private static RolloutSettings staged(String canary, String step) {
    return RolloutSettings.fromAnnotations(
            Map.of(
                "kro.run/rollout",
                "staged",
                "kro.run/rollout-canary",
                canary,
                "kro.run/rollout-step",
                step))
        .settings();
  }

  @Test
  void fiftyInstancesWithACanaryOfFiveAndStepsOfFifteen() {
    RolloutPlan plan = RolloutPlan.of(staged("5", "15"), 50, 0);
    assertThat(plan.steps()).isEqualTo(4);
    assertThat(plan.admittedAt(0)).isEqualTo(5);
    assertThat(plan.admittedAt(1)).isEqualTo(20);
    assertThat(plan.admittedAt(2)).isEqualTo(35);
    assertThat(plan.admittedAt(3)).isEqualTo(50);
    assertThat(plan.admittedAt(9)).isEqualTo(50);
    assertThat(plan.last(3)).isTrue();
    assertThat(plan.last(2)).isFalse();
  }

  @Test
  void percentagesRoundUpAndNeverAdmitNobody() {
    RolloutPlan plan = RolloutPlan.of(staged("10%", "25%"), 7, 0);
    assertThat(plan.admittedAt(0)).isEqualTo(1);
    assertThat(plan.admittedAt(1)).isEqualTo(3);
    assertThat(plan.steps()).isEqualTo(4);
  }

  @Test
  void aSelectorCanaryAdmitsWhatItSelects() {
    RolloutPlan plan = RolloutPlan.of(staged("tier=canary", "100%"), 10, 3);
    assertThat(plan.admittedAt(0)).isEqualTo(3);
    assertThat(plan.steps()).isEqualTo(2);
  }

  @Test
  void noInstancesNoSteps() {
    assertThat(RolloutPlan.of(staged("5", "5"), 0, 0).steps()).isZero();
  }
}
