package run.kro.backend.kinds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One group-version as a cluster serves it: its OpenAPI v3 document (schemas found by their {@code
 * x-kubernetes-group-version-kind}) and its discovery list (which kinds are namespaced). A kind
 * must appear in both to be known. Inlined schemas are kept; thread-safe.
 */
public final class GroupVersionOpenApi {

  static final String GVK_EXTENSION = "x-kubernetes-group-version-kind";

  private final String groupVersion;
  private final OpenApiSchemaInliner inliner;
  private final Map<String, String> schemaNameByKind;
  private final Map<String, Boolean> namespacedByKind;
  private final ConcurrentMap<String, KindSchema> inlined = new ConcurrentHashMap<>();

  public GroupVersionOpenApi(
      String groupVersion, JsonNode document, APIResourceList resources, ObjectMapper mapper) {
    this.groupVersion = groupVersion;
    JsonNode schemas = document.path("components").path("schemas");
    this.inliner = new OpenApiSchemaInliner(schemas, mapper);
    this.schemaNameByKind = schemaNamesByKind(groupVersion, schemas);
    this.namespacedByKind = namespacedByKind(resources);
  }

  public Optional<KindSchema> resolve(GroupVersionKind gvk) {
    String schemaName = schemaNameByKind.get(gvk.kind());
    Boolean namespaced = namespacedByKind.get(gvk.kind());
    if (schemaName == null || namespaced == null) {
      return Optional.empty();
    }
    return Optional.of(
        inlined.computeIfAbsent(
            gvk.kind(), kind -> new KindSchema(gvk, namespaced, inline(schemaName))));
  }

  private JSONSchemaProps inline(String schemaName) {
    try {
      return inliner.inline(schemaName);
    } catch (JsonProcessingException e) {
      throw new SchemaSourceException(
          "the cluster's OpenAPI schema "
              + schemaName
              + " for "
              + groupVersion
              + " cannot be read: "
              + e.getOriginalMessage(),
          e);
    }
  }

  private static Map<String, String> schemaNamesByKind(String groupVersion, JsonNode schemas) {
    Map<String, String> names = new HashMap<>();
    schemas
        .fields()
        .forEachRemaining(
            schema -> {
              for (JsonNode gvk : schema.getValue().path(GVK_EXTENSION)) {
                String apiVersion =
                    new GroupVersionKind(
                            gvk.path("group").asText(), gvk.path("version").asText(), "")
                        .apiVersion();
                if (apiVersion.equals(groupVersion)) {
                  names.putIfAbsent(gvk.path("kind").asText(), schema.getKey());
                }
              }
            });
    return names;
  }

  /**
   * Top-level resources only: subresources such as {@code deployments/scale} carry another kind's
   * name.
   */
  private static Map<String, Boolean> namespacedByKind(APIResourceList resources) {
    Map<String, Boolean> scopes = new HashMap<>();
    if (resources != null) {
      for (APIResource resource : resources.getResources()) {
        if (resource.getName() != null
            && !resource.getName().contains("/")
            && resource.getKind() != null) {
          scopes.putIfAbsent(resource.getKind(), Boolean.TRUE.equals(resource.getNamespaced()));
        }
      }
    }
    return scopes;
  }
}
