package run.kro.backend.render;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Which object in the cluster an object is: apiVersion, kind, namespace (empty for cluster-scoped
 * kinds) and name. Collection items must have distinct identities, and observed items are matched
 * to desired ones by it (docs/design.md#collections).
 */
record ObjectIdentity(String apiVersion, String kind, String namespace, String name) {

  static ObjectIdentity of(JsonNode object) {
    JsonNode metadata = object.path("metadata");
    return new ObjectIdentity(
        object.path("apiVersion").asText(""),
        object.path("kind").asText(""),
        metadata.path("namespace").asText(""),
        metadata.path("name").asText(""));
  }

  @Override
  public String toString() {
    return apiVersion + "/" + kind + "/" + (namespace.isEmpty() ? "" : namespace + "/") + name;
  }
}
