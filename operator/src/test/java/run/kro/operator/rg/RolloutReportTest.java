package run.kro.operator.rg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import run.kro.backend.model.RevisionCount;
import run.kro.backend.rollout.RevisionChoice;
import run.kro.backend.rollout.RolloutMode;
import run.kro.operator.kube.Json;

class RolloutReportTest {

  private static final Instant STARTED = Instant.parse("2026-12-04T01:00:00Z");

  private static RolloutInstance instance(
      String name, OptionalLong pinned, OptionalLong current, String state) {
    return new RolloutInstance(
        "team/" + name,
        "team",
        name,
        Map.of(),
        new RevisionChoice.Facts(pinned, current, OptionalLong.empty()),
        Optional.ofNullable(state),
        "ACTIVE".equals(state),
        "");
  }

  @Test
  void countsInstancesPerRevisionStateAndPin() {
    List<RevisionCount> counts =
        RolloutReport.counts(
            List.of(
                instance("a", OptionalLong.empty(), OptionalLong.of(1), "ACTIVE"),
                instance("b", OptionalLong.of(1), OptionalLong.of(1), "ACTIVE"),
                instance("c", OptionalLong.empty(), OptionalLong.of(2), "ERROR"),
                instance("new", OptionalLong.empty(), OptionalLong.empty(), null)),
            3);
    assertThat(counts)
        .containsExactly(
            new RevisionCount(1, 2, 1, Map.of("ACTIVE", 2)),
            new RevisionCount(2, 1, 0, Map.of("ERROR", 1)),
            new RevisionCount(3, 1, 0, Map.of("IN_PROGRESS", 1)));
  }

  @Test
  void aHaltedRolloutIsWrittenAndReadBack() {
    RolloutState halted =
        new RolloutState(
                RolloutMode.STAGED,
                4,
                RolloutState.PROGRESSING,
                2,
                STARTED,
                Optional.of(STARTED.plusSeconds(20)),
                Optional.empty(),
                OptionalInt.empty())
            .halted("halted: instance team/a is in ERROR on revision 4");
    RolloutProgression.Decision decision =
        new RolloutProgression.Decision(
            halted, 4, 15, 50, "ignored", List.of(), List.of(), List.of(), Optional.empty());
    ObjectNode status =
        RolloutReport.status(
            4, decision, List.of(), "halted: instance team/a is in ERROR on revision 4");

    JsonNode rollout = status.path("rollout");
    assertThat(rollout.path("mode").asText()).isEqualTo("staged");
    assertThat(rollout.path("phase").asText()).isEqualTo("Halted");
    assertThat(rollout.path("stepStartedAt").asText()).isEqualTo("2026-12-04T01:00:00Z");
    assertThat(status.path("targetRevision").asLong()).isEqualTo(4);

    RolloutState recovered = RolloutReport.recover(status).orElseThrow();
    assertThat(recovered.mode()).isEqualTo(RolloutMode.STAGED);
    assertThat(recovered.revision()).isEqualTo(4);
    assertThat(recovered.step()).isEqualTo(2);
    assertThat(recovered.stepStartedAt()).isEqualTo(STARTED);
    assertThat(recovered.readySince()).contains(STARTED.plusSeconds(20));
    assertThat(recovered.halt()).contains("halted: instance team/a is in ERROR on revision 4");
  }

  @Test
  void aMergePatchNullIsNotADifference() {
    RolloutState soaking = RolloutState.start(RolloutMode.STAGED, 2, STARTED);
    RolloutProgression.Decision decision =
        new RolloutProgression.Decision(
            soaking, 3, 1, 3, "m", List.of(), List.of(), List.of(), Optional.empty());
    ObjectNode report = RolloutReport.status(2, decision, List.of(), "m");
    assertThat(report.path("rollout").has("readySince")).isTrue();

    ObjectNode written = report.deepCopy();
    ((ObjectNode) written.path("rollout")).remove("readySince");
    assertThat(RolloutReport.reported(written, report)).isTrue();
    ((ObjectNode) written.path("rollout")).put("step", 1);
    assertThat(RolloutReport.reported(written, report)).isFalse();
    assertThat(RolloutReport.recover(Json.MAPPER.createObjectNode())).isEmpty();
  }

  @Test
  void aStatusReadBackFromTheServerIsReported() throws Exception {
    RolloutState complete = RolloutState.start(RolloutMode.AUTO, 2, STARTED);
    RolloutProgression.Decision decision =
        new RolloutProgression.Decision(
            complete, 1, 3, 3, "m", List.of(), List.of(), List.of(), Optional.empty());
    ObjectNode report =
        RolloutReport.status(
            2, decision, List.of(new RevisionCount(2, 3, 0, Map.of("ACTIVE", 3))), "m");
    // As the server keeps it (a merge patch's null removes the field) and a watch gives it back:
    // JSON text read into maps, where 2 is an Integer, then into a tree.
    ObjectNode written = report.deepCopy();
    ((ObjectNode) written.path("rollout")).remove("readySince");
    Map<?, ?> fromServer = Json.MAPPER.readValue(written.toString(), Map.class);

    assertThat(RolloutReport.reported(Json.MAPPER.valueToTree(fromServer), report))
        .as("the same numbers, read back as ints")
        .isTrue();
  }
}
