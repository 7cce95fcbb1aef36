package run.kro.backend.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import run.kro.backend.model.Condition;

class InstanceConditionsTest {

  private static NodeReport node(String id, NodeState state, String message) {
    return new NodeReport(
        id,
        "v1",
        "ConfigMap",
        Optional.of("ns"),
        Optional.of(id),
        state,
        Optional.ofNullable(message),
        1,
        1);
  }

  @Test
  void allSettledIsReadyAndActive() {
    InstanceObservation observation =
        InstanceObservation.reconciled(
            List.of(
                node("a", NodeState.SYNCED, null),
                node("b", NodeState.SKIPPED, "includeWhen is false")),
            List.of());
    Map<String, ConditionValue> conditions = InstanceConditions.of(observation);
    assertThat(conditions.keySet())
        .containsExactly("InstanceManaged", "GraphResolved", "ResourcesReady", "Ready");
    assertThat(conditions.get("Ready")).isEqualTo(ConditionValue.isTrue("Ready", ""));
    assertThat(conditions.get("ResourcesReady").reason()).isEqualTo("AllResourcesReady");
    assertThat(InstanceConditions.state(observation, conditions)).isEqualTo(InstanceState.ACTIVE);
  }

  @Test
  void waitingNamesTheResourceAndWhy() {
    InstanceObservation observation =
        InstanceObservation.reconciled(
            List.of(
                node("db", NodeState.SYNCED, null),
                node(
                    "app",
                    NodeState.WAITING_FOR_READINESS,
                    "readyWhen \"${app.status.ready}\" is false"),
                node("svc", NodeState.IN_PROGRESS, "waiting for resource \"app\" to be ready")),
            List.of());
    Map<String, ConditionValue> conditions = InstanceConditions.of(observation);
    assertThat(conditions.get("ResourcesReady").message())
        .isEqualTo(
            "awaiting resource readiness: resource \"app\" (readyWhen \"${app.status.ready}\" is false), "
                + "resource \"svc\" (waiting for resource \"app\" to be ready)");
    assertThat(conditions.get("Ready").status()).isEqualTo("False");
    assertThat(conditions.get("Ready").message())
        .isEqualTo(conditions.get("ResourcesReady").message());
    assertThat(InstanceConditions.state(observation, conditions))
        .isEqualTo(InstanceState.IN_PROGRESS);
  }

  @Test
  void anErrorWinsAndMakesTheStateError() {
    InstanceObservation observation =
        InstanceObservation.reconciled(
            List.of(
                node("a", NodeState.WAITING_FOR_READINESS, "x"),
                node("b", NodeState.ERROR, "division by zero")),
            List.of());
    Map<String, ConditionValue> conditions = InstanceConditions.of(observation);
    assertThat(conditions.get("ResourcesReady").message())
        .isEqualTo("resource reconciliation failed: resource \"b\" (division by zero)");
    assertThat(InstanceConditions.state(observation, conditions)).isEqualTo(InstanceState.ERROR);
  }

  @Test
  void manyWaitingResourcesAreSummarised() {
    List<NodeReport> nodes =
        List.of("a", "b", "c", "d", "e").stream()
            .map(id -> node(id, NodeState.IN_PROGRESS, null))
            .toList();
    String message =
        InstanceConditions.of(InstanceObservation.reconciled(nodes, List.of()))
            .get("ResourcesReady")
            .message();
    assertThat(message).endsWith("resource \"c\" and 2 more");
  }

  @Test
  void deletionSuspensionAndGraphFailure() {
    InstanceObservation deleting =
        new InstanceObservation(
            Optional.empty(),
            Optional.empty(),
            false,
            Optional.of("deleting wave 2: ConfigMap ns/a"),
            List.of(),
            List.of());
    Map<String, ConditionValue> conditions = InstanceConditions.of(deleting);
    assertThat(conditions.get("ResourcesReady"))
        .isEqualTo(ConditionValue.unknown("UnderDeletion", "deleting wave 2: ConfigMap ns/a"));
    assertThat(InstanceConditions.state(deleting, conditions)).isEqualTo(InstanceState.DELETING);

    InstanceObservation suspended =
        new InstanceObservation(
            Optional.empty(), Optional.empty(), true, Optional.empty(), List.of(), List.of());
    assertThat(InstanceConditions.of(suspended).get("Ready").reason())
        .isEqualTo("ReconciliationSuspended");

    InstanceObservation unresolved =
        new InstanceObservation(
            Optional.empty(),
            Optional.of("no graph"),
            false,
            Optional.empty(),
            List.of(),
            List.of());
    Map<String, ConditionValue> failed = InstanceConditions.of(unresolved);
    assertThat(failed.get("Ready"))
        .isEqualTo(ConditionValue.isFalse("ResolutionFailed", "no graph"));
    assertThat(InstanceConditions.state(unresolved, failed)).isEqualTo(InstanceState.ERROR);
  }

  @Test
  void historyKeepsTransitionTimesOfUnchangedConditionsAndPutsReadyLast() {
    Instant first = Instant.parse("2026-01-01T00:00:00Z");
    Map<String, ConditionValue> waiting =
        InstanceConditions.of(
            InstanceObservation.reconciled(
                List.of(node("a", NodeState.IN_PROGRESS, null)), List.of()));
    List<Condition> before = ConditionHistory.stamp(waiting, List.of(), 1, first);
    assertThat(before).extracting(Condition::type).last().isEqualTo("Ready");

    Map<String, ConditionValue> ready =
        InstanceConditions.of(
            InstanceObservation.reconciled(List.of(node("a", NodeState.SYNCED, null)), List.of()));
    List<Condition> after = ConditionHistory.stamp(ready, before, 2, first.plusSeconds(60));
    assertThat(after)
        .filteredOn(c -> c.type().equals("InstanceManaged"))
        .singleElement()
        .extracting(Condition::lastTransitionTime)
        .isEqualTo("2026-01-01T00:00:00Z");
    assertThat(after)
        .filteredOn(c -> c.type().equals("Ready"))
        .singleElement()
        .extracting(Condition::lastTransitionTime)
        .isEqualTo("2026-01-01T00:01:00Z");
    assertThat(after).allMatch(c -> c.observedGeneration() == 2);
    assertThat(ConditionHistory.stamp(ready, after, 2, first.plusSeconds(120))).isEqualTo(after);
  }
}
