package run.kro.ui.instance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import run.kro.ui.base.SecretRedaction;
import run.kro.ui.base.ServerMetadata;
import run.kro.ui.base.YamlText;

/**
 * An object the controller created for one resource of an instance's graph, as the cluster has it
 * now.
 *
 * @param namespace empty for cluster-scoped kinds
 * @param object the whole object; a copy is handed out each time, so the record stays immutable
 */
public record ChildObject(
    String nodeId,
    String apiVersion,
    String kind,
    Optional<String> namespace,
    String name,
    JsonNode object) {

  public ChildObject {
    object = object.deepCopy();
  }

  @Override
  public JsonNode object() {
    return object.deepCopy();
  }

  /** One of the object's labels, e.g. {@code kro.run/collection-index}. */
  public Optional<String> label(String key) {
    JsonNode value = object.path("metadata").path("labels").path(key);
    return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }

  /** The object's uid; empty when the server has not assigned one. */
  public Optional<String> uid() {
    String uid = object.path("metadata").path("uid").asText("");
    return uid.isEmpty() ? Optional.empty() : Optional.of(uid);
  }

  /**
   * The object as YAML, without {@code metadata.managedFields}, which nobody reads in a console,
   * and with a Secret's values hidden.
   */
  public String yaml() {
    return YamlText.write(ServerMetadata.withoutManagedFields(SecretRedaction.redact(object)));
  }
}
