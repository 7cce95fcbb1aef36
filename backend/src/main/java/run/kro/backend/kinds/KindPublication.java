package run.kro.backend.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Whether the API server publishes a kind completely: its group version's discovery document lists
 * the kind, and the OpenAPI v3 index lists the group version. The server updates the two separately
 * after a CRD is created, and a client that looks a kind up only once (kwok, when a Stage for the
 * kind appears) needs both.
 *
 * @param groupVersion as in an apiVersion: {@code v1} for the core group, {@code group/version}
 *     otherwise
 */
public record KindPublication(String groupVersion, String kind) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The discovery document's path, e.g. {@code /apis/s3.services.k8s.aws/v1alpha1} or {@code
   * /api/v1}.
   */
  public String discoveryPath() {
    return "/" + openApiPath();
  }

  /** The group version's key in the OpenAPI v3 index ({@code /openapi/v3}). */
  public String openApiPath() {
    return (groupVersion.contains("/") ? "apis/" : "api/") + groupVersion;
  }

  /**
   * Whether both documents publish the kind; a document that is absent (null: the server answered
   * 404) does not.
   */
  public boolean publishedIn(String discoveryDocument, String openApiIndex) {
    if (discoveryDocument == null || openApiIndex == null) {
      return false;
    }
    boolean discovered = false;
    for (JsonNode resource : read(discoveryDocument).path("resources")) {
      discovered |= kind.equals(resource.path("kind").asText());
    }
    return discovered && read(openApiIndex).path("paths").has(openApiPath());
  }

  private static JsonNode read(String document) {
    try {
      return JSON.readTree(document);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + document, e);
    }
  }
}
