package run.kro.backend.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.base.Suppliers;
import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import com.google.common.util.concurrent.UncheckedExecutionException;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.backend.kinds.GroupVersionOpenApi;
import run.kro.backend.kinds.KindSchema;
import run.kro.backend.kinds.SchemaResolver;
import run.kro.backend.kinds.SchemaSourceException;

/**
 * Schemas from a live cluster's OpenAPI v3. {@code GET /openapi/v3} lists the group-versions; a
 * group-version's document and its discovery list (for the scope) are fetched the first time one of
 * its kinds is asked for, and kept for {@link #CACHE_TTL} like upstream kro's resolver, so that
 * CRDs installed or changed later are seen. A kind that is not found (a CRD installed since, in a
 * new or an existing group-version) makes the list and its group-version be read again, at most
 * every {@link #MISSING_RECHECK}. A cluster that serves no OpenAPI v3 knows no kinds. Thread-safe.
 */
public final class ClusterOpenApiSchemas implements SchemaResolver {

  public static final Duration CACHE_TTL = Duration.ofMinutes(5);
  public static final int MAX_CACHED_GROUP_VERSIONS = 500;
  public static final Duration MISSING_RECHECK = Duration.ofSeconds(2);
  static final String OPENAPI_ROOT = "/openapi/v3";

  private final KubernetesClient client;
  private final ObjectMapper mapper = new ObjectMapper();
  private volatile Supplier<Map<String, String>> documentUrls;
  private volatile long documentUrlsSince = System.nanoTime();
  private final LoadingCache<String, Optional<GroupVersionOpenApi>> groupVersions;

  public ClusterOpenApiSchemas(KubernetesClient client) {
    this.client = client;
    this.documentUrls = Suppliers.memoizeWithExpiration(this::fetchDocumentUrls, CACHE_TTL);
    this.groupVersions =
        CacheBuilder.newBuilder()
            .expireAfterWrite(CACHE_TTL)
            .maximumSize(MAX_CACHED_GROUP_VERSIONS)
            .build(CacheLoader.from(this::fetchGroupVersion));
  }

  /**
   * @throws SchemaSourceException when the cluster fails a request (a missing document is not a
   *     failure)
   */
  @Override
  public Optional<KindSchema> resolve(GroupVersionKind gvk) {
    try {
      Optional<KindSchema> schema =
          groupVersions.getUnchecked(gvk.apiVersion()).flatMap(d -> d.resolve(gvk));
      if (schema.isEmpty() && System.nanoTime() - documentUrlsSince > MISSING_RECHECK.toNanos()) {
        // A CRD installed since: its group-version may be new, or an existing document may lack the
        // new kind.
        documentUrls = Suppliers.memoizeWithExpiration(this::fetchDocumentUrls, CACHE_TTL);
        documentUrlsSince = System.nanoTime();
        groupVersions.invalidate(gvk.apiVersion());
        schema = groupVersions.getUnchecked(gvk.apiVersion()).flatMap(d -> d.resolve(gvk));
      }
      return schema;
    } catch (UncheckedExecutionException e) {
      if (e.getCause() instanceof SchemaSourceException failure) {
        throw failure;
      }
      throw e;
    }
  }

  private Optional<GroupVersionOpenApi> fetchGroupVersion(String groupVersion) {
    String url = documentUrls.get().get(documentPath(groupVersion));
    if (url == null) {
      return Optional.empty();
    }
    Optional<JsonNode> document;
    try {
      document = fetch(url);
    } catch (StaleDocumentUrl e) {
      // The index names each document by a hash of its content: a CRD installed since in this
      // group-version (a
      // ResourceGroup's generated kind next to others, say) moved the document, and the old URL
      // answers 301 (the
      // index may lag behind it for a while). The URL without the hash always serves the current
      // document.
      try {
        document = fetch(url.replaceFirst("\\?.*$", ""));
      } catch (StaleDocumentUrl again) {
        throw new SchemaSourceException(again.getMessage(), again.getCause());
      }
    }
    return document.map(
        d -> new GroupVersionOpenApi(groupVersion, d, apiResources(groupVersion), mapper));
  }

  /** {@code api/v1} or {@code apis/<group>/<version>} → the server-relative URL of its document. */
  private Map<String, String> fetchDocumentUrls() {
    Map<String, String> urls = new HashMap<>();
    fetch(OPENAPI_ROOT)
        .ifPresent(
            index ->
                index
                    .path("paths")
                    .fields()
                    .forEachRemaining(
                        path -> {
                          JsonNode url = path.getValue().path("serverRelativeURL");
                          if (url.isTextual()) {
                            urls.put(path.getKey(), url.asText());
                          }
                        }));
    return Map.copyOf(urls);
  }

  private Optional<JsonNode> fetch(String url) {
    try {
      String body = client.raw(url);
      return body == null ? Optional.empty() : Optional.of(mapper.readTree(body));
    } catch (KubernetesClientException e) {
      if (isRedirect(e.getCode()) && !url.equals(OPENAPI_ROOT)) {
        throw new StaleDocumentUrl(url, e);
      }
      throw new SchemaSourceException(
          "cannot read " + url + " from the cluster: " + ClusterFailures.describe(e), e);
    } catch (JsonProcessingException e) {
      throw new SchemaSourceException(
          "the cluster's " + url + " is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private APIResourceList apiResources(String groupVersion) {
    try {
      return client.getApiResources(groupVersion);
    } catch (KubernetesClientException e) {
      throw new SchemaSourceException(
          "cannot discover the resources of "
              + groupVersion
              + " in the cluster: "
              + ClusterFailures.describe(e),
          e);
    }
  }

  private static boolean isRedirect(int code) {
    return code >= 300 && code < 400;
  }

  /**
   * A document URL from an index read before the document changed; reading the index again gives
   * the new one.
   */
  private static final class StaleDocumentUrl extends RuntimeException {
    StaleDocumentUrl(String url, KubernetesClientException cause) {
      super(
          "the cluster's OpenAPI document moved since "
              + url
              + " was listed: "
              + ClusterFailures.describe(cause),
          cause);
    }
  }

  private static String documentPath(String groupVersion) {
    return groupVersion.contains("/") ? "apis/" + groupVersion : "api/" + groupVersion;
  }
}
