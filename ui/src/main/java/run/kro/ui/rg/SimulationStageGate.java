package run.kro.ui.rg;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import run.kro.backend.kinds.KindPublication;

/**
 * When an example's simulation stage may be created: kwok runs on the cluster (its Stage API is
 * served), and the API server publishes the kind the stage simulates. kwok looks a stage's kind up
 * once, when the stage appears, and does not try again, so a stage created before its kind is
 * published would never act.
 */
final class SimulationStageGate {

  static final String STAGE_API = "kwok.x-k8s.io/v1alpha1";
  private static final String STAGE_CRD = "stages.kwok.x-k8s.io";

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
      return client.apiextensions().v1().customResourceDefinitions().withName(STAGE_CRD).get()
          != null;
    } catch (KubernetesClientException e) {
      return false;
    }
  }

  /** Whether the kind the stage simulates is served completely (see {@link KindPublication}). */
  boolean targetPublished(HasMetadata stage) {
    GenericKubernetesResource generic = (GenericKubernetesResource) stage;
    KindPublication target =
        new KindPublication(
            generic.get("spec", "resourceRef", "apiGroup"),
            generic.get("spec", "resourceRef", "kind"));
    try {
      return target.publishedIn(client.raw(target.discoveryPath()), client.raw("/openapi/v3"));
    } catch (KubernetesClientException e) {
      return false;
    }
  }
}
