package run.kro.ui.instance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import run.kro.ui.base.ServerMetadata;

/**
 * An instance as the user wrote it, made ready to send: apiVersion and kind of the ResourceGroup's
 * API, the chosen namespace, no status and none of the fields the server owns (an edited copy of a
 * stored instance carries them, and a stale resourceVersion would make the write fail for no reason
 * the user can see).
 */
final class InstanceDraft {

  private InstanceDraft() {}

  /**
   * @throws InstanceApiException naming the field when the instance is for another API or
   *     namespace, or has no name
   */
  static ObjectNode of(InstanceApi api, String namespace, ObjectNode instance) {
    ObjectNode draft = instance.deepCopy();
    expect(draft, "apiVersion", api.gvk().apiVersion(), api);
    expect(draft, "kind", api.gvk().kind(), api);
    if (!(draft.path("metadata") instanceof ObjectNode)) {
      draft.putObject("metadata");
    }
    ObjectNode metadata = (ObjectNode) draft.get("metadata");
    InstanceName.problem(metadata.path("name").asText(""))
        .ifPresent(
            problem -> {
              throw new InstanceApiException("metadata.name: " + problem);
            });
    if (api.namespaced()) {
      if (namespace == null || namespace.isBlank()) {
        throw new InstanceApiException(
            "a namespace is required: " + api.describe() + " is namespaced");
      }
      String written = metadata.path("namespace").asText("");
      if (!written.isEmpty() && !written.equals(namespace)) {
        throw new InstanceApiException(
            "metadata.namespace is \""
                + written
                + "\", but the instance is saved in \""
                + namespace
                + "\"");
      }
      metadata.put("namespace", namespace);
    }
    ServerMetadata.strip(metadata);
    draft.remove("status");
    return draft;
  }

  private static void expect(ObjectNode draft, String field, String value, InstanceApi api) {
    JsonNode written = draft.path(field);
    if (!written.isMissingNode() && !written.isNull() && !written.asText().equals(value)) {
      throw new InstanceApiException(
          field
              + " is \""
              + written.asText()
              + "\", but "
              + api.sourceKind().kind()
              + " \""
              + api.resourceGroup()
              + "\" serves "
              + value);
    }
    draft.put(field, value);
  }
}
