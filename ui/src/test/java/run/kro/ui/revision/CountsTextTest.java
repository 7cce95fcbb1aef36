package run.kro.ui.revision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import run.kro.backend.api.KroMetadata;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.backend.rollout.RolloutSettings;
import run.kro.ui.instance.InstanceSummary;
import run.kro.ui.rg.ReadyCondition;

/** The instance counts per revision as one line. */
class CountsTextTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theControllersCountsAreSaidPerRevisionWithTheirStatesAndPins() throws Exception {
    RevisionStatus status =
        RevisionStatus.of(
            JSON.readTree(
                """
                {"revisions": [
                  {"revision": 4, "instances": 8, "pinned": 0, "states": {"ACTIVE": 8}},
                  {"revision": 5, "instances": 2, "pinned": 1, "states": {"ERROR": 1, "ACTIVE": 1}},
                  {"revision": 6, "instances": 0}]}"""));

    assertThat(CountsText.of(revisions(status, List.of())))
        .isEqualTo(
            "Revision 4: 8 instances, all ACTIVE. Revision 5: 2 instances (1 ACTIVE, 1 ERROR), 1 pinned.");
  }

  @Test
  void beforeTheControllerCountsTheVisibleInstancesAreCounted() {
    List<InstanceRevision> instances =
        List.of(
            instance("a", 1, Map.of()),
            instance("b", 2, Map.of(KroMetadata.GRAPH_REVISION, "2")),
            instance("c", 1, Map.of()));

    assertThat(CountsText.of(revisions(RevisionStatus.NONE, instances)))
        .isEqualTo(
            "Revision 1: 2 instances, all ACTIVE. Revision 2: 1 instance, ACTIVE, 1 pinned.");
  }

  private static ResourceGroupRevisions revisions(
      RevisionStatus status, List<InstanceRevision> instances) {
    return new ResourceGroupRevisions(
        ResourceGroupKind.RESOURCE_GROUP,
        "web",
        true,
        status,
        RolloutSettings.fromAnnotations(Map.of()),
        List.of(),
        instances,
        List.of());
  }

  private static InstanceRevision instance(
      String name, long running, Map<String, String> annotations) {
    return InstanceRevision.of(
        new InstanceSummary(
            "team-a",
            name,
            Optional.of("ACTIVE"),
            ReadyCondition.NOT_REPORTED,
            Optional.of(running),
            Optional.empty(),
            false,
            annotations));
  }
}
