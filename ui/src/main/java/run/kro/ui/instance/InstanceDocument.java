package run.kro.ui.instance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import run.kro.backend.api.KroMetadata;
import run.kro.ui.base.ServerMetadata;
import run.kro.ui.base.YamlText;

/**
 * The instance being edited, shared by the form and the YAML view so that switching between them
 * keeps everything: the form edits the spec (and the name), the YAML edits the whole object, and
 * fields the form does not show (labels, annotations, values it cannot draw) stay in the document.
 * Immutable: each change makes a new document.
 */
public final class InstanceDocument {

  private final ObjectNode object;

  private InstanceDocument(ObjectNode object) {
    this.object = object;
  }

  /** A new instance of {@code api}: apiVersion, kind, the namespace and an empty spec. */
  public static InstanceDocument blank(InstanceApi api, String namespace) {
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    object.put("apiVersion", api.gvk().apiVersion());
    object.put("kind", api.gvk().kind());
    ObjectNode metadata = object.putObject("metadata");
    metadata.put("name", "");
    if (api.namespaced() && !namespace.isEmpty()) {
      metadata.put("namespace", namespace);
    }
    object.putObject("spec");
    return new InstanceDocument(object);
  }

  /** A stored instance, without its status and the server's bookkeeping. */
  public static InstanceDocument of(JsonNode stored) {
    ObjectNode object = stored.deepCopy();
    object.remove("status");
    if (object.get("metadata") instanceof ObjectNode metadata) {
      ServerMetadata.strip(metadata, "finalizers");
      if (metadata.get("labels") instanceof ObjectNode labels) {
        labels.remove(List.of(KroMetadata.OWNED, KroMetadata.KRO_VERSION, KroMetadata.MANAGED_BY));
        if (labels.isEmpty()) {
          metadata.remove("labels");
        }
      }
    }
    return new InstanceDocument(object);
  }

  /**
   * Reads YAML typed by the user.
   *
   * @return the document, or the YAML error (with its line and column) as the message of the
   *     failure
   */
  public static Parsed parse(String yaml) {
    try {
      JsonNode tree = YamlText.read(yaml);
      if (!(tree instanceof ObjectNode object)) {
        return new Parsed(
            Optional.empty(),
            Optional.of("the YAML must be one object (apiVersion, kind, metadata, spec)"));
      }
      return new Parsed(Optional.of(new InstanceDocument(object)), Optional.empty());
    } catch (JsonProcessingException e) {
      String place =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr();
      return new Parsed(
          Optional.empty(),
          Optional.of("the YAML cannot be read" + place + ": " + e.getOriginalMessage()));
    }
  }

  /** The outcome of {@link #parse}: a document or an error message. */
  public record Parsed(Optional<InstanceDocument> document, Optional<String> error) {}

  public String name() {
    return object.path("metadata").path("name").asText("");
  }

  /** The namespace the YAML names; empty when it names none. */
  public String namespace() {
    return object.path("metadata").path("namespace").asText("");
  }

  public InstanceDocument withNamespace(String namespace) {
    ObjectNode copy = object.deepCopy();
    metadataOf(copy).put("namespace", namespace);
    return new InstanceDocument(copy);
  }

  public ObjectNode spec() {
    return object.get("spec") instanceof ObjectNode spec
        ? spec.deepCopy()
        : JsonNodeFactory.instance.objectNode();
  }

  public InstanceDocument withName(String name) {
    ObjectNode copy = object.deepCopy();
    metadataOf(copy).put("name", name);
    return new InstanceDocument(copy);
  }

  public InstanceDocument withSpec(ObjectNode spec) {
    ObjectNode copy = object.deepCopy();
    copy.set("spec", spec.deepCopy());
    return new InstanceDocument(copy);
  }

  public ObjectNode object() {
    return object.deepCopy();
  }

  public String yaml() {
    return YamlText.write(object);
  }

  private static ObjectNode metadataOf(ObjectNode object) {
    if (!(object.get("metadata") instanceof ObjectNode)) {
      object.putObject("metadata");
    }
    return (ObjectNode) object.get("metadata");
  }
}
