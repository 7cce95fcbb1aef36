package run.kro.operator.rg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import run.kro.backend.model.RevisionCount;
import run.kro.backend.rollout.RolloutMode;
import run.kro.backend.status.InstanceState;
import run.kro.operator.kube.Json;

/**
 * The rollout's part of a ResourceGroup's status (docs/revisions.md#status): {@code
 * targetRevision}, {@code rollout} and {@code revisions}; and the way back from {@code
 * status.rollout} to a rollout's state after a restart.
 */
final class RolloutReport {

  static final List<String> FIELDS = List.of("targetRevision", "rollout", "revisions");

  private RolloutReport() {}

  /** Instances per revision and state; an instance never reconciled counts on the target. */
  static List<RevisionCount> counts(List<RolloutInstance> instances, long target) {
    Map<Long, Map<String, Integer>> states = new TreeMap<>();
    Map<Long, Integer> pinned = new TreeMap<>();
    states.put(target, new TreeMap<>());
    for (RolloutInstance instance : instances) {
      long revision =
          instance.facts().pinned().isPresent() && instance.facts().current().isEmpty()
              ? instance.facts().pinned().getAsLong()
              : instance.facts().current().orElse(target);
      states
          .computeIfAbsent(revision, r -> new TreeMap<>())
          .merge(instance.state().orElse(InstanceState.IN_PROGRESS.name()), 1, Integer::sum);
      if (instance.pinned()) {
        pinned.merge(revision, 1, Integer::sum);
      }
    }
    return states.entrySet().stream()
        .map(
            e ->
                new RevisionCount(
                    e.getKey(),
                    e.getValue().values().stream().mapToInt(Integer::intValue).sum(),
                    pinned.getOrDefault(e.getKey(), 0),
                    e.getValue()))
        .toList();
  }

  static ObjectNode status(
      long target,
      RolloutProgression.Decision decision,
      List<RevisionCount> counts,
      String message) {
    RolloutState state = decision.state();
    ObjectNode status = Json.MAPPER.createObjectNode();
    status.put("targetRevision", target);
    ObjectNode rollout = status.putObject("rollout");
    rollout.put("mode", state.mode().annotationValue());
    rollout.put("revision", state.revision());
    rollout.put("phase", state.phase());
    rollout.put("step", state.step());
    rollout.put("steps", decision.steps());
    rollout.put("admitted", decision.admitted());
    rollout.put("total", decision.total());
    rollout.put("stepStartedAt", DateTimeFormatter.ISO_INSTANT.format(state.stepStartedAt()));
    // null removes the field in a merge patch.
    rollout.put(
        "readySince", state.readySince().map(DateTimeFormatter.ISO_INSTANT::format).orElse(null));
    rollout.put("message", message);
    status.set("revisions", Json.MAPPER.valueToTree(counts));
    return status;
  }

  /**
   * Compares numbers by value: the report holds longs, a status read back from the server holds
   * ints, and Jackson's nodes of different number types are never equal.
   */
  private static final Comparator<JsonNode> NUMBERS_BY_VALUE =
      (a, b) ->
          a.isNumber() && b.isNumber()
              ? a.decimalValue().compareTo(b.decimalValue())
              : a.equals(b) ? 0 : 1;

  /** Whether {@code status} already says what {@code report} says. */
  static boolean reported(JsonNode status, ObjectNode report) {
    for (String field : FIELDS) {
      JsonNode wanted = report.path(field);
      JsonNode has = status.path(field);
      if (wanted.isObject()) {
        ObjectNode present = wanted.deepCopy();
        present.properties().removeIf(e -> e.getValue().isNull());
        if (!present.equals(NUMBERS_BY_VALUE, has)) {
          return false;
        }
      } else if (!wanted.equals(NUMBERS_BY_VALUE, has)) {
        return false;
      }
    }
    return true;
  }

  /** The state {@code status.rollout} records, to take a rollout up again after a restart. */
  static Optional<RolloutState> recover(JsonNode status) {
    JsonNode rollout = status.path("rollout");
    Optional<RolloutMode> mode = RolloutMode.parse(rollout.path("mode").asText(""));
    Optional<Instant> started = instant(rollout.path("stepStartedAt"));
    if (mode.isEmpty() || started.isEmpty() || rollout.path("revision").asLong(0) < 1) {
      return Optional.empty();
    }
    String phase = rollout.path("phase").asText(RolloutState.PROGRESSING);
    return Optional.of(
        new RolloutState(
            mode.get(),
            rollout.path("revision").asLong(),
            phase,
            rollout.path("step").asInt(0),
            started.get(),
            instant(rollout.path("readySince")),
            RolloutState.HALTED.equals(phase)
                ? Optional.of(rollout.path("message").asText("halted"))
                : Optional.empty(),
            OptionalInt.empty()));
  }

  private static Optional<Instant> instant(JsonNode text) {
    if (!text.isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(text.asText()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
