package run.kro.operator.gc;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import java.util.List;
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
 * Deleting an instance removes its whole tree on a cluster whose garbage collector runs: the
 * controller deletes the children in reverse dependency order, with background propagation, and the
 * cluster's garbage collector then removes what those children owned — the Deployment's ReplicaSet
 * and pods, and the Job's pod (a Job deleted without a propagation policy would leave its pods
 * behind).
 */
@KubeTest
class GarbageCollectionIT {

  private static final String API = "kro.run/v1alpha1";
  private static final String KIND = "CollectedWorkload";
  private static final String GARBAGE_COLLECTOR = "system:kube-controller-manager";
  private static Cluster cluster;
  private static AuditLog audit;

  @BeforeAll
  static void setUp(KubeTestEnv env) {
    TestController.running();
    cluster = new Cluster(env.adminClient());
    audit = new AuditLog(env.auditLog());
    cluster.applyActive(Fixtures.object("gc/workload.yaml", Map.of()));
  }

  @Test
  void aDeletedInstancesWholeTreeGoesInWaveOrderWithWhatItsChildrenOwned(KubeTestEnv env) {
    String ns = env.newNamespace("gc");
    cluster.apply(Fixtures.object("gc/instance.yaml", Map.of("NS", ns)));
    cluster.awaitState(API, KIND, ns, "shop", "ACTIVE");
    List<Pod> jobPods = pods(ns, "batch.kubernetes.io/job-name", "shop-migration");
    List<Pod> appPods = pods(ns, "app", "shop");
    assertThat(jobPods)
        .as("the Job's pod, run to completion")
        .hasSize(1)
        .allSatisfy(pod -> assertThat(pod.getStatus().getPhase()).isEqualTo("Succeeded"));
    assertThat(appPods).as("the Deployment's pods").hasSize(2);
    assertThat(cluster.client().apps().replicaSets().inNamespace(ns).list().getItems()).hasSize(1);
    long mark = audit.mark();

    cluster.kind(API, KIND).inNamespace(ns).withName("shop").delete();

    cluster.awaitGone(API, KIND, ns, "shop");
    assertThat(audit.writesSince(mark, TestController.USER))
        .filteredOn(w -> w.startsWith("delete "))
        .containsExactly(
            "delete jobs " + ns + "/shop-migration",
            "delete services " + ns + "/shop",
            "delete deployments " + ns + "/shop");
    Awaitility.await("the garbage collector removes what the children owned")
        .atMost(Cluster.PATIENCE)
        .until(
            () ->
                cluster.client().pods().inNamespace(ns).list().getItems().isEmpty()
                    && cluster
                        .client()
                        .apps()
                        .replicaSets()
                        .inNamespace(ns)
                        .list()
                        .getItems()
                        .isEmpty());
    assertThat(audit.writesSince(mark, GARBAGE_COLLECTOR))
        .as("the garbage collector, not the controller, deleted the Job's pod")
        .contains("delete pods " + ns + "/" + jobPods.get(0).getMetadata().getName());
  }

  @Test
  void deletingANamespaceRemovesItsInstancesAndTheirTrees(KubeTestEnv env) {
    String ns = env.newNamespace("gc-namespace");
    cluster.apply(Fixtures.object("gc/instance.yaml", Map.of("NS", ns)));
    cluster.awaitState(API, KIND, ns, "shop", "ACTIVE");

    cluster.client().namespaces().withName(ns).delete();

    Awaitility.await("the namespace controller empties and removes the namespace")
        .atMost(Cluster.PATIENCE)
        .until(() -> cluster.client().namespaces().withName(ns).get() == null);
    assertThat(cluster.get(API, KIND, ns, "shop")).isEmpty();
  }

  private static List<Pod> pods(String ns, String label, String value) {
    return cluster
        .client()
        .pods()
        .inNamespace(ns)
        .withLabel(label, value)
        .list()
        .getItems()
        .stream()
        .filter(pod -> pod.getMetadata().getDeletionTimestamp() == null)
        .toList();
  }
}
