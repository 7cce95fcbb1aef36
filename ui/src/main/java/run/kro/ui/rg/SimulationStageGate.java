package run.kro.ui.rg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;

/**
 * When an example's simulation stage may be created: kwok runs on the cluster (its Stage API is served), and the API
 * server publishes the schema of the kind the stage simulates. kwok looks a stage's kind up once, when the stage
 * appears, and does not try again, so a stage created before its kind's CRD is served would never act.
 */
final class SimulationStageGate {

  static final String STAGE_API = "kwok.x-k8s.io/v1alpha1";
  private static final String STAGE_CRD = "stages.kwok.x-k8s.io";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final KubernetesClient client;

  SimulationStageGate(KubernetesClient client) {
    this.client = client;
  }

  static boolean isStage(HasMetadata object) {
    return STAGE_API.equals(object.getApiVersion()) && "Stage".equals(object.getKind());
  }

  /** Whether kwok's Stage API is installed: only on the local cluster with simulated workloads. */
  boolean kwokRuns() {
    try {
      return client.apiextensions().v1().customResourceDefinitions().withName(STAGE_CRD).get() != null;
    } catch (KubernetesClientException e) {
      return false;
    }
  }

  /**
   * Whether the kind the stage simulates is served: listed by discovery, which kwok asks first, and with its schema
   * published in OpenAPI v3, which it reads next. The two are updated separately after a CRD is created.
   */
  boolean targetPublished(HasMetadata stage) {
    GenericKubernetesResource generic = (GenericKubernetesResource) stage;
    String groupVersion = generic.get("spec", "resourceRef", "apiGroup");
    String kind = generic.get("spec", "resourceRef", "kind");
    String path = groupVersion.contains("/") ? "apis/" + groupVersion : "api/" + groupVersion;
    try {
      String resources = client.raw("/" + path);
      if (resources == null) {
        return false;
      }
      boolean discovered = false;
      for (JsonNode resource : JSON.readTree(resources).path("resources")) {
        discovered |= kind.equals(resource.path("kind").asText());
      }
      return discovered && JSON.readTree(client.raw("/openapi/v3")).path("paths").has(path);
    } catch (IOException | KubernetesClientException e) {
      return false;
    }
  }
}
