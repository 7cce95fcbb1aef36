package run.kro.backend.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import run.kro.backend.rollout.RevisionChoice.Facts;
import run.kro.backend.rollout.RevisionChoice.Reason;

class RevisionChoiceTest {

  private static Facts facts(Long pinned, Long current, Long admitted) {
    return new Facts(opt(pinned), opt(current), opt(admitted));
  }

  private static OptionalLong opt(Long value) {
    return value == null ? OptionalLong.empty() : OptionalLong.of(value);
  }

  @Test
  void aPinWinsOverEverything() {
    assertThat(RevisionChoice.of(facts(2L, 5L, 5L), RolloutMode.AUTO, 5))
        .isEqualTo(new RevisionChoice(2, Reason.PINNED));
  }

  @Test
  void aNewInstanceStartsOnTheTargetInEveryMode() {
    for (RolloutMode mode : RolloutMode.values()) {
      assertThat(RevisionChoice.of(facts(null, null, null), mode, 4))
          .isEqualTo(new RevisionChoice(4, Reason.NEW));
    }
  }

  @Test
  void autoMovesEveryInstanceToTheTarget() {
    assertThat(RevisionChoice.of(facts(null, 3L, null), RolloutMode.AUTO, 5))
        .isEqualTo(new RevisionChoice(5, Reason.FOLLOWS_TARGET));
  }

  @Test
  void stagedAndManualKeepAnInstanceBehindUntilItIsAdmittedToTheTarget() {
    for (RolloutMode mode : new RolloutMode[] {RolloutMode.STAGED, RolloutMode.MANUAL}) {
      assertThat(RevisionChoice.of(facts(null, 3L, null), mode, 5))
          .isEqualTo(new RevisionChoice(3, Reason.BEHIND));
      assertThat(RevisionChoice.of(facts(null, 3L, 4L), mode, 5))
          .as("an admission to another revision does not count")
          .isEqualTo(new RevisionChoice(3, Reason.BEHIND));
      assertThat(RevisionChoice.of(facts(null, 3L, 5L), mode, 5))
          .isEqualTo(new RevisionChoice(5, Reason.ADMITTED));
    }
  }

  @Test
  void anInstanceAheadOfTheTargetIsRolledBackWhateverTheMode() {
    assertThat(RevisionChoice.of(facts(null, 5L, 5L), RolloutMode.STAGED, 3))
        .isEqualTo(new RevisionChoice(3, Reason.ROLLED_BACK));
  }
}
