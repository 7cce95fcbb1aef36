package run.kro.ui.instance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * What saving an instance would do, from a server-side dry run and the backend's rendering: whether
 * it creates or updates, the instance as the server would store it (with defaults), what the
 * controller would apply and what the server said of each of those objects; or why it cannot be
 * saved, in the server's words where the server refused.
 *
 * @param mode empty when it was refused before the server was asked which it is
 * @param refusal why it cannot be saved; empty when it can
 * @param refusedBy who refused: the API server (the instance or one of its objects), or the
 *     console's own checks
 * @param stored the instance as the server returned it from the dry run; empty when the instance
 *     was refused
 * @param resources the plan; also shown when one of its objects is refused
 */
public record InstancePreview(
    Optional<Mode> mode,
    Optional<String> refusal,
    RefusedBy refusedBy,
    Optional<JsonNode> stored,
    List<PlannedResource> resources) {

  public enum Mode {
    CREATE,
    UPDATE
  }

  public enum RefusedBy {
    NOBODY,
    /** The server's dry run of the instance failed. */
    SERVER,
    /** The instance passed, but the server would refuse an object the controller applies for it. */
    SERVER_FOR_A_RESOURCE,
    /** Checked before the server was asked (the API, the name, the namespace). */
    CONSOLE
  }

  public InstancePreview {
    stored = stored.map(JsonNode::deepCopy);
    resources = List.copyOf(resources);
  }

  @Override
  public Optional<JsonNode> stored() {
    return stored.map(JsonNode::deepCopy);
  }

  /**
   * The instance passed the dry run; refused still when the server would refuse one of its objects.
   */
  static InstancePreview planned(Mode mode, JsonNode stored, List<PlannedResource> resources) {
    List<String> refused =
        resources.stream()
            .flatMap(
                r ->
                    r.objects().stream()
                        .filter(o -> o.check().verdict() == ChildCheck.Verdict.REFUSED)
                        .map(
                            o ->
                                "resource "
                                    + r.id()
                                    + " ("
                                    + o.describe()
                                    + "): "
                                    + o.check().message()))
            .toList();
    if (refused.isEmpty()) {
      return new InstancePreview(
          Optional.of(mode), Optional.empty(), RefusedBy.NOBODY, Optional.of(stored), resources);
    }
    return new InstancePreview(
        Optional.of(mode),
        Optional.of(
            "The API server would refuse "
                + String.join("; and ", refused)
                + ". The controller would stop at "
                + (refused.size() == 1 ? "it" : "them")
                + " and report an error."),
        RefusedBy.SERVER_FOR_A_RESOURCE,
        Optional.of(stored),
        resources);
  }

  static InstancePreview refused(Optional<Mode> mode, RefusedBy by, String message) {
    return new InstancePreview(mode, Optional.of(message), by, Optional.empty(), List.of());
  }

  public boolean accepted() {
    return refusal.isEmpty();
  }
}
