package run.kro.operator.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.Fixtures;
import run.kro.operator.testing.TestController;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;

/**
 * readyWhen gates dependents, with the real Deployment and ReplicaSet controllers, scheduler and
 * (simulated) kubelets deciding when the Deployment is available: while no node may run its pods (a
 * node selector that matches none), the ConfigMap that reads the Deployment's status waits, with a
 * message that names the Deployment and its readyWhen; once the instance asks for nodes that exist,
 * the pods run, the Deployment becomes available and the ConfigMap follows.
 */
@KubeTest
class ReadyWhenIT {

  private static final String API = "kro.run/v1alpha1";
  private static final String KIND = "GatedDeployment";
  private static Cluster cluster;

  @BeforeAll
  static void setUp(KubeTestEnv env) {
    TestController.running();
    cluster = new Cluster(env.adminClient());
    cluster.applyActive(Fixtures.object("readiness/deployment.yaml", Map.of()));
  }

  @Test
  void dependentsWaitWhileNoPodCanRunThenProceed(KubeTestEnv env) {
    String ns = env.newNamespace("ready");
    cluster.apply(instance(ns, "gpu"));

    JsonNode waiting =
        cluster.await(
            API,
            KIND,
            ns,
            "web",
            "waiting for the deployment",
            o ->
                o.path("status").path("state").asText().equals("IN_PROGRESS")
                    && resourcesReady(o).contains("deployment"));
    assertThat(resourcesReady(waiting)).contains("readyWhen").contains("availableReplicas");
    Awaitility.await("the scheduler finds no node for the pods")
        .atMost(Cluster.PATIENCE)
        .until(
            () -> pods(ns).size() == 2 && pods(ns).stream().allMatch(ReadyWhenIT::unschedulable));
    assertThat(cluster.get("v1", "ConfigMap", ns, "web-endpoint"))
        .as("waits for the deployment")
        .isEmpty();
    assertThat(
            cluster
                .get(API, KIND, ns, "web")
                .map(Cluster::tree)
                .orElseThrow()
                .path("status")
                .path("state")
                .asText())
        .isEqualTo("IN_PROGRESS");

    cluster.apply(instance(ns, "kwok"));

    JsonNode active = cluster.awaitState(API, KIND, ns, "web", "ACTIVE");
    assertThat(active.path("status").path("available").asLong()).isEqualTo(2);
    assertThat(
            cluster
                .get("v1", "ConfigMap", ns, "web-endpoint")
                .orElseThrow()
                .getAdditionalProperties()
                .get("data"))
        .isEqualTo(Map.of("available", "2"));
    assertThat(pods(ns)).filteredOn(pod -> "Running".equals(pod.getStatus().getPhase())).hasSize(2);
  }

  private static GenericKubernetesResource instance(String ns, String nodeType) {
    return Fixtures.object("readiness/instance.yaml", Map.of("NS", ns, "NODE_TYPE", nodeType));
  }

  private static List<Pod> pods(String ns) {
    return cluster
        .client()
        .pods()
        .inNamespace(ns)
        .withLabel("app", "web")
        .list()
        .getItems()
        .stream()
        .filter(pod -> pod.getMetadata().getDeletionTimestamp() == null)
        .toList();
  }

  private static boolean unschedulable(Pod pod) {
    return pod.getStatus().getConditions().stream()
        .anyMatch(
            c ->
                c.getType().equals("PodScheduled")
                    && c.getStatus().equals("False")
                    && "Unschedulable".equals(c.getReason()));
  }

  private static String resourcesReady(JsonNode instance) {
    for (JsonNode condition : instance.path("status").path("conditions")) {
      if (condition.path("type").asText().equals("ResourcesReady")) {
        return condition.path("message").asText();
      }
    }
    return "";
  }
}
