package run.kro.ui.revision;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the controller reports in a ResourceGroup's {@code status.rollout}
 * (docs/revisions.md#status), read leniently: a field missing or malformed is absent.
 *
 * @param step the current step; 0 is the canary
 * @param steps how many steps the rollout has, the canary included
 */
public record RolloutStatus(
    Optional<String> mode,
    OptionalLong revision,
    Optional<String> phase,
    int step,
    int steps,
    int admitted,
    int total,
    Optional<Instant> stepStartedAt,
    Optional<Instant> readySince,
    Optional<String> message) {

  public static final String PROGRESSING = "Progressing";
  public static final String SOAKING = "Soaking";
  public static final String PAUSED = "Paused";
  public static final String HALTED = "Halted";
  public static final String COMPLETE = "Complete";
  public static final String WAITING = "Waiting";

  static Optional<RolloutStatus> of(JsonNode rollout) {
    if (!rollout.isObject()) {
      return Optional.empty();
    }
    return Optional.of(
        new RolloutStatus(
            text(rollout.path("mode")),
            number(rollout.path("revision")),
            text(rollout.path("phase")),
            rollout.path("step").asInt(0),
            rollout.path("steps").asInt(0),
            rollout.path("admitted").asInt(0),
            rollout.path("total").asInt(0),
            time(rollout.path("stepStartedAt")),
            time(rollout.path("readySince")),
            text(rollout.path("message"))));
  }

  public boolean is(String phaseName) {
    return phase.filter(phaseName::equalsIgnoreCase).isPresent();
  }

  static Optional<String> text(JsonNode value) {
    return value.isTextual() && !value.asText().isBlank()
        ? Optional.of(value.asText())
        : Optional.empty();
  }

  static OptionalLong number(JsonNode value) {
    return value.canConvertToLong() ? OptionalLong.of(value.asLong()) : OptionalLong.empty();
  }

  static Optional<Instant> time(JsonNode value) {
    try {
      return text(value).map(Instant::parse);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
