package run.kro.ui.instance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * What saving an instance would do, from a server-side dry run and the backend's rendering: whether it creates or
 * updates, the instance as the server would store it (with defaults), and what the controller would apply; or the
 * server's refusal, in the server's words.
 *
 * @param mode empty when it was refused before the server was asked which it is
 * @param stored the instance as the server returned it from the dry run; empty when refused
 */
public record InstancePreview(Optional<Mode> mode, Optional<String> refusal, Optional<JsonNode> stored,
    List<PlannedResource> resources) {

  public enum Mode {
    CREATE,
    UPDATE
  }

  public InstancePreview {
    stored = stored.map(JsonNode::deepCopy);
    resources = List.copyOf(resources);
  }

  @Override
  public Optional<JsonNode> stored() {
    return stored.map(JsonNode::deepCopy);
  }

  static InstancePreview accepted(Mode mode, JsonNode stored, List<PlannedResource> resources) {
    return new InstancePreview(Optional.of(mode), Optional.empty(), Optional.of(stored), resources);
  }

  static InstancePreview refused(Optional<Mode> mode, String message) {
    return new InstancePreview(mode, Optional.of(message), Optional.empty(), List.of());
  }

  public boolean accepted() {
    return refusal.isEmpty();
  }
}
