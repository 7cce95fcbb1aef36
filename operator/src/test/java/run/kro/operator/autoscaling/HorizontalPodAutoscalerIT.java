package run.kro.operator.autoscaling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import run.kro.operator.testing.AuditLog;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.Fixtures;
import run.kro.operator.testing.TestController;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;

/**
 * A Deployment scaled by a HorizontalPodAutoscaler (autoscaling/v2), with the cluster's HPA
 * controller deciding: the autoscaler's readyWhen waits for the desiredReplicas that only that
 * controller writes. With no metrics server it raises the Deployment to minReplicas at its first
 * sync; the instance becomes ACTIVE and its status carries the autoscaler's count, and kro, whose
 * template leaves the Deployment's replicas out, leaves that count alone and applies each child
 * once.
 */
@KubeTest
class HorizontalPodAutoscalerIT {

  private static final String API = "kro.run/v1alpha1";
  private static final String KIND = "ScaledDeployment";
  private static final String HPA_CONTROLLER = "system:kube-controller-manager";
  private static Cluster cluster;
  private static AuditLog audit;

  @BeforeAll
  static void setUp(KubeTestEnv env) {
    TestController.running();
    cluster = new Cluster(env.adminClient());
    audit = new AuditLog(env.auditLog());
    cluster.applyActive(Fixtures.object("autoscaling/scaled-deployment.yaml", Map.of()));
  }

  @Test
  void activeOnceTheHpaControllerHasScaledTheDeployment(KubeTestEnv env) {
    String ns = env.newNamespace("hpa");
    long mark = audit.mark();

    cluster.apply(Fixtures.object("autoscaling/instance.yaml", Map.of("NS", ns)));

    JsonNode active = cluster.awaitState(API, KIND, ns, "web", "ACTIVE");
    int decided =
        cluster
            .get("autoscaling/v2", "HorizontalPodAutoscaler", ns, "web")
            .map(Cluster::tree)
            .orElseThrow()
            .path("status")
            .path("desiredReplicas")
            .asInt();
    assertThat(decided).as("the autoscaler's minReplicas").isEqualTo(2);
    assertThat(active.path("status").path("desiredReplicas").asInt())
        .as("the autoscaler's count, read by the instance status")
        .isEqualTo(decided);
    assertThat(
            cluster
                .client()
                .apps()
                .deployments()
                .inNamespace(ns)
                .withName("web")
                .get()
                .getSpec()
                .getReplicas())
        .as("scaled by the autoscaler from the default of 1, and not set back by kro")
        .isEqualTo(2);
    Awaitility.await("the controller-manager's writes in the audit log")
        .atMost(Cluster.PATIENCE)
        .untilAsserted(
            () ->
                assertThat(audit.writesSince(mark, HPA_CONTROLLER))
                    .contains(
                        "update horizontalpodautoscalers/status " + ns + "/web",
                        "update deployments/scale " + ns + "/web"));
    audit.awaitQuiet(TestController.USER);
    assertThat(audit.writesSince(mark, TestController.USER))
        .doesNotContain("update horizontalpodautoscalers/status " + ns + "/web")
        .doesNotContain("patch horizontalpodautoscalers/status " + ns + "/web");
    // The HPA controller's status and scale updates wake the instance while kro's own applies are
    // still on their way to its watch cache; those reconciles must not apply the children again.
    assertThat(audit.objectWritesSince(mark, TestController.USER))
        .as("kro applies each child once")
        .containsEntry("deployments " + ns + "/web", 1L)
        .containsEntry("horizontalpodautoscalers " + ns + "/web", 1L);
  }
}
