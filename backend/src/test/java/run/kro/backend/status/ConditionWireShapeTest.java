package run.kro.backend.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import run.kro.backend.model.Condition;

/**
 * Instance conditions as they go on the wire, compared with kro's documented shape in {@code
 * status/conditions/*.expected.yaml}: which fields are always written, the empty message of a Ready
 * condition, observedGeneration, and the order.
 */
class ConditionWireShapeTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void builtInConditionsOfAReadyInstance() throws Exception {
    InstanceObservation observation =
        InstanceObservation.reconciled(List.of(node("app", NodeState.SYNCED, null)), List.of());

    assertWire(
        ConditionHistory.stamp(InstanceConditions.of(observation), List.of(), 2, NOW), "all-ready");
  }

  @Test
  void builtInConditionsWhileAResourceIsNotReady() throws Exception {
    InstanceObservation observation =
        InstanceObservation.reconciled(
            List.of(node("app", NodeState.WAITING_FOR_READINESS, "readyWhen is false")), List.of());

    assertWire(
        ConditionHistory.stamp(InstanceConditions.of(observation), List.of(), 1, NOW), "waiting");
  }

  @Test
  void authorConditionsKeepTheirOrderAndEmptyTexts() throws Exception {
    List<Condition> previous =
        List.of(
            new Condition("DatabaseReady", "True", "Connected", "", "2026-03-01T09:00:00Z", 3),
            new Condition("CacheReady", "True", "", "", "2026-03-01T09:00:00Z", 3));
    List<Condition> evaluated =
        List.of(
            new Condition("DatabaseReady", "True", "Connected", "", null, 4),
            new Condition("CacheReady", "False", "", "warming up", null, 4));

    assertWire(ConditionHistory.carryOver(evaluated, previous, NOW), "author");
  }

  @Test
  void unknownTextsAndAZeroGenerationAreLeftOut() {
    JsonNode wire = JSON.valueToTree(new Condition("Synced", "Unknown", null, null, null, 0));

    assertThat(wire.fieldNames()).toIterable().containsExactly("type", "status");
  }

  private static void assertWire(List<Condition> conditions, String golden) throws Exception {
    JsonNode expected;
    try (var in =
        ConditionWireShapeTest.class.getResourceAsStream(
            "/status/conditions/" + golden + ".expected.yaml")) {
      expected = YAML.readTree(in);
    }
    // Through text, as the API server receives it, so numbers compare as parsed numbers.
    assertThat(JSON.readTree(JSON.writeValueAsString(conditions))).isEqualTo(expected);
  }

  private static NodeReport node(String id, NodeState state, String message) {
    return new NodeReport(
        id,
        "apps/v1",
        "Deployment",
        Optional.of("ns"),
        Optional.of(id),
        state,
        Optional.ofNullable(message),
        1,
        1);
  }
}
