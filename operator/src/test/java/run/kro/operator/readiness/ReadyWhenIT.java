package run.kro.operator.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.Fixtures;
import run.kro.operator.testing.TestController;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;

/**
 * readyWhen gates dependents: the ConfigMap that reads the Deployment's status waits, with a message that names the
 * Deployment and its readyWhen, until the test reports the replicas available as a kubelet and the Deployment
 * controller would (the test API server runs no workloads).
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
  void dependentsWaitForReadinessThenProceed(KubeTestEnv env) {
    String ns = env.newNamespace("ready");
    cluster.apply(Fixtures.object("readiness/instance.yaml", Map.of("NS", ns)));

    JsonNode waiting = cluster.await(API, KIND, ns, "web", "waiting for the deployment",
        o -> o.path("status").path("state").asText().equals("IN_PROGRESS")
            && resourcesReady(o).contains("deployment"));
    assertThat(resourcesReady(waiting)).contains("readyWhen").contains("availableReplicas");
    assertThat(cluster.get("apps/v1", "Deployment", ns, "web")).isPresent();
    assertThat(cluster.get("v1", "ConfigMap", ns, "web-endpoint")).isEmpty();

    Deployment deployment = cluster.client().apps().deployments().inNamespace(ns).withName("web").get();
    deployment.setStatus(new DeploymentStatusBuilder().withReplicas(2).withReadyReplicas(2).withAvailableReplicas(2)
        .withUpdatedReplicas(2).withObservedGeneration(deployment.getMetadata().getGeneration()).build());
    cluster.client().apps().deployments().inNamespace(ns).resource(deployment).updateStatus();

    JsonNode active = cluster.awaitState(API, KIND, ns, "web", "ACTIVE");
    assertThat(active.path("status").path("available").asLong()).isEqualTo(2);
    assertThat(cluster.get("v1", "ConfigMap", ns, "web-endpoint").orElseThrow().getAdditionalProperties().get("data"))
        .isEqualTo(Map.of("available", "2"));
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
