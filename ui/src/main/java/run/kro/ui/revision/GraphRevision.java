package run.kro.ui.revision;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;
import run.kro.ui.base.YamlText;

/**
 * One GraphRevision object: revision {@code number} of a ResourceGroup, the spec it accepted and
 * when it was issued.
 *
 * @param name the object's name, e.g. {@code web-app.r00003}
 */
public record GraphRevision(long number, String name, Optional<Instant> issued, JsonNode spec) {

  public GraphRevision {
    spec = spec.deepCopy();
  }

  @Override
  public JsonNode spec() {
    return spec.deepCopy();
  }

  /** The accepted spec as YAML, as the diff compares it. */
  public String specYaml() {
    return YamlText.write(spec);
  }

  /**
   * Reads a GraphRevision object (a Jackson tree); empty when it has no revision number or no spec
   * snapshot.
   */
  static Optional<GraphRevision> of(JsonNode object) {
    JsonNode spec = object.path("spec");
    long number = spec.path("revision").asLong(0);
    JsonNode accepted = spec.path("snapshot").path("spec");
    if (number < 1 || !accepted.isObject()) {
      return Optional.empty();
    }
    return Optional.of(
        new GraphRevision(
            number,
            object.path("metadata").path("name").asText(""),
            RolloutStatus.time(object.path("metadata").path("creationTimestamp")),
            accepted));
  }
}
