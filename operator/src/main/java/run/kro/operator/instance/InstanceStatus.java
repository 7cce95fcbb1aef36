package run.kro.operator.instance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import run.kro.backend.api.InstanceEvaluation;
import run.kro.backend.api.StatusProjection;
import run.kro.backend.model.Condition;
import run.kro.backend.status.ConditionHistory;
import run.kro.backend.status.ConditionValue;
import run.kro.backend.status.InstanceConditions;
import run.kro.backend.status.InstanceObservation;
import run.kro.backend.status.InstanceState;
import run.kro.backend.status.KroStatusFields;
import run.kro.backend.status.ManagedResources;
import run.kro.operator.kube.ConditionsJson;
import run.kro.operator.kube.Json;

/**
 * Assembles an instance's status from one reconcile (docs/design.md#instance-and-node-states):
 * state, conditions (built-in, or the author's when the ResourceGroup declares them), the
 * ResourceGroup's own fields, and kro's bookkeeping. Times of unchanged conditions are kept, so an
 * unchanged instance yields a status equal to the one it has and needs no write.
 */
final class InstanceStatus {

  private final Clock clock;

  InstanceStatus(Clock clock) {
    this.clock = clock;
  }

  /** What to write, and the state it says, for metrics and logs. */
  record Result(ObjectNode status, InstanceState state) {}

  /**
   * @param evaluation the engine's view, for the status expressions; empty when nothing was
   *     evaluated (deletion, suspension, no graph)
   * @param revision the graph revision reconciled with; empty to keep the previous one
   * @param desiredStateHash the hash to record; empty to keep the previous one
   */
  Result build(
      JsonNode previous,
      long generation,
      InstanceObservation observation,
      Optional<InstanceEvaluation> evaluation,
      Optional<Long> revision,
      Optional<String> desiredStateHash) {
    Map<String, ConditionValue> builtIn = InstanceConditions.of(observation);
    List<Condition> previousConditions = ConditionsJson.read(previous);
    Instant now = clock.instant();
    List<Condition> stamped = ConditionHistory.stamp(builtIn, previousConditions, generation, now);
    Optional<StatusProjection> projection = evaluation.map(e -> e.status(byType(stamped)));
    List<String> statusErrors = new ArrayList<>(observation.statusErrors());
    projection.ifPresent(p -> statusErrors.addAll(p.errors()));
    InstanceObservation complete =
        new InstanceObservation(
            observation.managementFailure(),
            observation.graphFailure(),
            observation.suspended(),
            observation.deletion(),
            observation.nodes(),
            statusErrors);
    InstanceState state = InstanceConditions.state(complete, builtIn);

    ObjectNode status = Json.MAPPER.createObjectNode();
    projection.ifPresentOrElse(p -> status.setAll(p.fields()), () -> keepFields(previous, status));
    status.put(KroStatusFields.STATE, state.name());
    status.set(
        KroStatusFields.CONDITIONS,
        Json.MAPPER.valueToTree(wireConditions(stamped, projection, previousConditions, now)));
    revision.ifPresentOrElse(
        r -> status.put(KroStatusFields.GRAPH_REVISION, r),
        () -> copy(previous, status, KroStatusFields.GRAPH_REVISION));
    desiredStateHash.ifPresentOrElse(
        h -> status.put(KroStatusFields.DESIRED_STATE_HASH, h),
        () -> copy(previous, status, KroStatusFields.DESIRED_STATE_HASH));
    status.set(KroStatusFields.MANAGED_RESOURCES, ManagedResources.toJson(observation.nodes()));
    return new Result(status, state);
  }

  /**
   * Author conditions replace the built-ins on the wire, stamped with times as kro's own are; a
   * pending entry keeps its previous wire condition.
   */
  private static List<Condition> wireConditions(
      List<Condition> builtIn,
      Optional<StatusProjection> projection,
      List<Condition> previous,
      Instant now) {
    if (projection.isEmpty() || projection.get().authorConditions().isEmpty()) {
      return builtIn;
    }
    List<Condition> authored =
        ConditionHistory.carryOver(projection.get().authorConditions().get(), previous, now);
    if (projection.get().pendingConditionEntries() == 0) {
      return authored;
    }
    Set<String> fresh = authored.stream().map(Condition::type).collect(Collectors.toSet());
    List<Condition> wire = new ArrayList<>(authored);
    previous.stream()
        .filter(c -> !fresh.contains(c.type()) && !InstanceConditions.BUILT_IN.contains(c.type()))
        .forEach(wire::add);
    return wire;
  }

  private static Map<String, Condition> byType(List<Condition> conditions) {
    Map<String, Condition> byType = new LinkedHashMap<>();
    conditions.forEach(c -> byType.put(c.type(), c));
    return byType;
  }

  /** Without an evaluation (deleting, suspended), the ResourceGroup's fields stay as they were. */
  private static void keepFields(JsonNode previous, ObjectNode status) {
    previous
        .fields()
        .forEachRemaining(
            field -> {
              if (!isKroField(field.getKey())) {
                status.set(field.getKey(), field.getValue());
              }
            });
  }

  private static boolean isKroField(String name) {
    return name.equals(KroStatusFields.STATE)
        || name.equals(KroStatusFields.CONDITIONS)
        || KroStatusFields.RESERVED.contains(name);
  }

  private static void copy(JsonNode previous, ObjectNode status, String field) {
    if (previous.has(field)) {
      status.set(field, previous.get(field));
    }
  }
}
