package run.kro.backend.kinds;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Schemas from a live cluster's OpenAPI v3 (decision 5 of our design: it wins over offline sources when connected).
 * {@code /openapi/v3} lists one document per group-version; the document of a kind's group-version is fetched on
 * first use and cached by its URL (which carries a content hash), the kind's schema found by its
 * {@code x-kubernetes-group-version-kind}, its references inlined, and its scope taken from API discovery. A
 * group-version missing from the list (a CRD installed since) makes the list be read again, at most every few seconds.
 * Thread-safe.
 */
public final class ClusterOpenApiSchemas implements SchemaResolver {

  private static final ObjectMapper JSON = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final String INDEX = "/openapi/v3";
  private static final long INDEX_REFRESH_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(5);

  private final KubernetesClient client;
  private volatile JsonNode index;
  private volatile long indexReadAt;
  private final Map<String, JsonNode> documents = new ConcurrentHashMap<>();
  private final Map<String, Optional<KindSchema>> kinds = new ConcurrentHashMap<>();

  public ClusterOpenApiSchemas(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public Optional<KindSchema> resolve(GroupVersionKind gvk) {
    String groupVersionPath = gvk.group().isEmpty() ? "api/" + gvk.version() : "apis/" + gvk.group() + "/" + gvk.version();
    JsonNode entry = indexEntry(groupVersionPath);
    if (entry.isMissingNode()) {
      return Optional.empty();
    }
    String url = entry.path("serverRelativeURL").asText(INDEX + "/" + groupVersionPath);
    return kinds.computeIfAbsent(url + "#" + gvk.kind(), key -> schemaOf(documents.computeIfAbsent(url, this::get), gvk)
        .flatMap(schema -> scope(gvk).map(namespaced -> new KindSchema(gvk, namespaced, schema))));
  }

  private JsonNode indexEntry(String groupVersionPath) {
    JsonNode entry = index().path("paths").path(groupVersionPath);
    if (entry.isMissingNode() && System.nanoTime() - indexReadAt > INDEX_REFRESH_NANOS) {
      index = null;
      entry = index().path("paths").path(groupVersionPath);
    }
    return entry;
  }

  private static Optional<JSONSchemaProps> schemaOf(JsonNode document, GroupVersionKind gvk) {
    for (JsonNode schema : document.path("components").path("schemas")) {
      for (JsonNode candidate : schema.path("x-kubernetes-group-version-kind")) {
        if (candidate.path("group").asText("").equals(gvk.group())
            && candidate.path("version").asText().equals(gvk.version())
            && candidate.path("kind").asText().equals(gvk.kind())) {
          JsonNode resolved = new OpenApiReferences(document).resolve(schema);
          return Optional.of(JSON.convertValue(resolved, JSONSchemaProps.class));
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Boolean> scope(GroupVersionKind gvk) {
    try {
      APIResourceList resources = client.getApiResources(gvk.apiVersion());
      return resources == null ? Optional.empty() : resources.getResources().stream()
          .filter(r -> r.getKind().equals(gvk.kind()) && !r.getName().contains("/"))
          .map(APIResource::getNamespaced).findFirst();
    } catch (KubernetesClientException e) {
      return Optional.empty();
    }
  }

  private JsonNode index() {
    JsonNode current = index;
    if (current == null) {
      current = get(INDEX);
      indexReadAt = System.nanoTime();
      index = current;
    }
    return current;
  }

  private JsonNode get(String path) {
    try {
      return JSON.readTree(client.raw(path));
    } catch (Exception e) {
      throw new KubernetesClientException("cannot read the cluster's OpenAPI at " + path + ": " + e.getMessage(), e);
    }
  }
}
