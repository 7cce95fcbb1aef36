package run.kro.operator.noop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import run.kro.operator.kube.Json;
import run.kro.operator.testing.AuditLog;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.Fixtures;
import run.kro.operator.testing.TestController;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;

/**
 * Once instances are ACTIVE, reconciling them again writes nothing. The controller is restarted, so
 * every instance is reconciled from scratch (fresh caches, no memory of earlier applies); the API
 * server's audit log must show no write by the controller. Then drift (a field kro owns, changed by
 * someone) is put back. See docs/design.md#writing-nothing-when-nothing-changed.
 */
@KubeTest
class NoOpResyncIT {

  private static final String API = "kro.run/v1alpha1";
  private static final String KIND = "Steady";
  private static final int INSTANCES = 5;

  @Test
  void aFullResyncWritesNothingAndDriftIsCorrected(KubeTestEnv env) {
    TestController controller = TestController.running();
    Cluster cluster = new Cluster(env.adminClient());
    AuditLog audit = new AuditLog(env.auditLog());
    cluster.applyActive(Fixtures.object("noop/steady.yaml", Map.of()));
    String ns = env.newNamespace("noop");
    List<String> names = IntStream.range(0, INSTANCES).mapToObj(i -> "steady-" + i).toList();
    names.forEach(
        name ->
            cluster.apply(Fixtures.object("noop/instance.yaml", Map.of("NS", ns, "NAME", name))));
    names.forEach(name -> cluster.awaitState(API, KIND, ns, name, "ACTIVE"));
    // The rollout driver counts what the cache holds: the last status change of the burst too.
    await()
        .atMost(Cluster.PATIENCE)
        .untilAsserted(
            () ->
                assertThat(
                        Json.MAPPER
                            .valueToTree(
                                cluster
                                    .client()
                                    .genericKubernetesResources(API, "ResourceGroup")
                                    .withName("steady")
                                    .get())
                            .at("/status/revisions/0/states"))
                    .as("the ResourceGroup's count of its instances by state")
                    .isEqualTo(Json.MAPPER.createObjectNode().put("ACTIVE", INSTANCES)));
    // Let the events of the controller's own writes settle before measuring.
    audit.awaitQuiet(TestController.USER);

    controller.stop();
    long mark = audit.mark();
    double before = controller.reconciles(KIND);
    controller.start();
    await().atMost(Cluster.PATIENCE).until(() -> controller.reconciles(KIND) >= before + INSTANCES);

    // Only this test's objects: other tests may leave work behind for the shared controller.
    assertThat(audit.writesSince(mark, TestController.USER))
        .filteredOn(write -> write.contains(" " + ns + "/") || write.endsWith(" /steady"))
        .isEmpty();

    cluster
        .client()
        .configMaps()
        .inNamespace(ns)
        .withName("steady-0")
        .edit(
            cm -> {
              cm.getData().put("port", "9999");
              return cm;
            });
    cluster.await(
        "v1",
        "ConfigMap",
        ns,
        "steady-0",
        "drift corrected",
        cm -> cm.path("data").path("port").asText().equals("80"));
  }
}
