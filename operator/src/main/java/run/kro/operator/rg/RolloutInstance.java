package run.kro.operator.rg;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import run.kro.backend.rollout.RevisionChoice;
import run.kro.backend.status.InstanceConditions;
import run.kro.backend.status.InstanceState;
import run.kro.backend.status.KroStatusFields;
import run.kro.operator.instance.InstanceRevision;
import run.kro.operator.kube.Json;

/**
 * What a rollout needs to know of one instance: its revision facts (pin, current, admission), its
 * state and whether it is Ready.
 *
 * @param id {@code namespace/name}, the order in which instances are admitted
 * @param state {@code status.state}, empty before the first reconcile
 * @param message why it is not Ready, from its Ready condition
 */
record RolloutInstance(
    String id,
    String namespace,
    String name,
    Map<String, String> labels,
    RevisionChoice.Facts facts,
    Optional<String> state,
    boolean ready,
    String message) {

  static RolloutInstance of(GenericKubernetesResource instance) {
    Object found = instance.getAdditionalProperties().get("status");
    JsonNode status = found == null ? Json.MAPPER.missingNode() : Json.MAPPER.valueToTree(found);
    JsonNode readyCondition = Json.MAPPER.missingNode();
    for (JsonNode condition : status.path(KroStatusFields.CONDITIONS)) {
      if (InstanceConditions.READY.equals(condition.path("type").asText())) {
        readyCondition = condition;
      }
    }
    String namespace = Optional.ofNullable(instance.getMetadata().getNamespace()).orElse("");
    String name = instance.getMetadata().getName();
    return new RolloutInstance(
        namespace.isEmpty() ? name : namespace + "/" + name,
        namespace,
        name,
        Optional.ofNullable(instance.getMetadata().getLabels()).orElse(Map.of()),
        InstanceRevision.facts(instance),
        Optional.of(status.path(KroStatusFields.STATE).asText("")).filter(s -> !s.isEmpty()),
        "True".equals(readyCondition.path("status").asText()),
        readyCondition.path("message").asText(""));
  }

  boolean pinned() {
    return facts.pinned().isPresent();
  }

  /** Whether it runs {@code revision}, or will start on it (never reconciled). */
  boolean runs(long revision) {
    OptionalLong current = facts.current();
    return current.isEmpty() || current.getAsLong() == revision;
  }

  /** On {@code revision}, or admitted to it and about to move. */
  boolean admittedTo(long revision) {
    return runs(revision)
        || (facts.admitted().isPresent() && facts.admitted().getAsLong() == revision);
  }

  /** Runs {@code revision} and is Ready there. */
  boolean settledOn(long revision) {
    return facts.current().isPresent() && facts.current().getAsLong() == revision && ready;
  }

  boolean failedOn(long revision) {
    return facts.current().isPresent()
        && facts.current().getAsLong() == revision
        && state.filter(InstanceState.ERROR.name()::equals).isPresent();
  }

  boolean matches(Map<String, String> selector) {
    return !selector.isEmpty()
        && selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
  }
}
