package run.kro.ui.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import run.kro.backend.api.KroMetadata;
import run.kro.ui.instance.InstanceSummary;
import run.kro.ui.rg.ReadyCondition;

/** Where an instance stands among the revisions, from its status and annotations. */
class InstanceRevisionTest {

  private static final OptionalLong TARGET = OptionalLong.of(5);

  @Test
  void anInstanceOnAnOlderRevisionIsBehind() {
    InstanceRevision instance = instance(4, Map.of());

    assertThat(instance.behind(TARGET)).isTrue();
    assertThat(instance.standing(TARGET)).isEqualTo("behind the target (revision 5)");
  }

  @Test
  void aPinnedInstanceIsNeverBehind() {
    InstanceRevision instance = instance(3, Map.of(KroMetadata.GRAPH_REVISION, "3"));

    assertThat(instance.pinned()).hasValue(3);
    assertThat(instance.behind(TARGET)).isFalse();
    assertThat(instance.standing(TARGET)).isEqualTo("pinned to revision 3");
    assertThat(instance(5, Map.of(KroMetadata.GRAPH_REVISION, "3")).standing(TARGET))
        .isEqualTo("pinned to revision 3, moving from 5");
  }

  @Test
  void anAdmittedInstanceNotYetOnTheTargetIsMoving() {
    InstanceRevision instance = instance(4, Map.of(KroMetadata.ADMITTED_REVISION, "5"));

    assertThat(instance.moving(TARGET)).isTrue();
    assertThat(instance.standing(TARGET)).isEqualTo("admitted to revision 5, moving");
  }

  @Test
  void onTheTargetAheadOfItAndNotYetReconciled() {
    assertThat(instance(5, Map.of()).standing(TARGET)).isEqualTo("on the target");
    assertThat(instance(6, Map.of()).standing(TARGET))
        .isEqualTo("ahead of the target (revision 5), moving back");
    InstanceRevision fresh =
        InstanceRevision.of(
            new InstanceSummary(
                "team-a",
                "new",
                Optional.empty(),
                ReadyCondition.NOT_REPORTED,
                Optional.empty(),
                Optional.empty(),
                false,
                Map.of()));
    assertThat(fresh.standing(TARGET)).isEqualTo("not reconciled yet");
    assertThat(fresh.behind(TARGET)).isFalse();
  }

  private static InstanceRevision instance(long running, Map<String, String> annotations) {
    return InstanceRevision.of(
        new InstanceSummary(
            "team-a",
            "shop",
            Optional.of("ACTIVE"),
            ReadyCondition.NOT_REPORTED,
            Optional.of(running),
            Optional.empty(),
            false,
            annotations));
  }
}
