package run.kro.ui.instance;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import run.kro.backend.status.KroStatusFields;
import run.kro.backend.status.ManagedResources;
import run.kro.backend.status.NodeReport;
import run.kro.ui.rg.ReadyCondition;

/**
 * Reads what the controller wrote into an instance's status, leniently: what is missing or
 * malformed is absent.
 */
final class InstanceStatusReader {

  private static final String READY = "Ready";

  private InstanceStatusReader() {}

  /**
   * {@code status.state}, e.g. {@code ACTIVE}; empty before the controller has seen the instance.
   */
  static Optional<String> state(JsonNode instance) {
    return text(status(instance).path(KroStatusFields.STATE));
  }

  static Optional<Long> revision(JsonNode instance) {
    JsonNode revision = status(instance).path(KroStatusFields.GRAPH_REVISION);
    return revision.canConvertToLong() ? Optional.of(revision.asLong()) : Optional.empty();
  }

  static List<NodeReport> nodes(JsonNode instance) {
    return ManagedResources.fromStatus(status(instance));
  }

  static List<InstanceCondition> conditions(JsonNode instance) {
    List<InstanceCondition> conditions = new ArrayList<>();
    for (JsonNode condition : status(instance).path(KroStatusFields.CONDITIONS)) {
      text(condition.path("type"))
          .ifPresent(
              type ->
                  conditions.add(
                      new InstanceCondition(
                          type,
                          condition.path("status").asText(""),
                          condition.path("reason").asText(""),
                          condition.path("message").asText(""),
                          time(condition.path("lastTransitionTime")))));
    }
    return conditions;
  }

  static ReadyCondition ready(List<InstanceCondition> conditions) {
    return conditions.stream()
        .filter(c -> c.type().equals(READY))
        .findFirst()
        .map(c -> new ReadyCondition(ReadyCondition.Status.of(c.status()), c.message()))
        .orElse(ReadyCondition.NOT_REPORTED);
  }

  static Optional<Instant> time(JsonNode value) {
    try {
      return text(value).map(Instant::parse);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static JsonNode status(JsonNode instance) {
    return instance.path("status");
  }

  private static Optional<String> text(JsonNode value) {
    return value.isTextual() && !value.asText().isEmpty()
        ? Optional.of(value.asText())
        : Optional.empty();
  }
}
