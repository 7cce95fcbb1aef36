package run.kro.operator.restart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import run.kro.operator.testing.AuditLog;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.Fixtures;
import run.kro.operator.testing.TestController;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;

/**
 * The controller stops while ten instances are halfway through their graphs and starts again with empty caches:
 * every instance converges, each with exactly its five children, and nothing is deleted on the way.
 */
@KubeTest
class RestartIT {

  private static final String API = "kro.run/v1alpha1";
  private static final String KIND = "RestartChain";
  private static final int INSTANCES = 10;
  private static Cluster cluster;

  @BeforeAll
  static void setUp(KubeTestEnv env) {
    TestController.running();
    cluster = new Cluster(env.adminClient());
    cluster.applyActive(Fixtures.object("restart/chain.yaml", Map.of()));
  }

  @Test
  void nothingLostOrDuplicatedAcrossARestart(KubeTestEnv env) {
    TestController controller = TestController.running();
    AuditLog audit = new AuditLog(env.auditLog());
    String ns = env.newNamespace("restart");
    long mark = audit.mark();
    List<String> names = IntStream.range(0, INSTANCES).mapToObj(i -> "chain-" + i).toList();
    names.forEach(name -> cluster.apply(Fixtures.object("restart/instance.yaml", Map.of("NS", ns, "NAME", name))));
    names.forEach(name -> cluster.await("v1", "ConfigMap", ns, name + "-three", "created", cm -> true));

    controller.stop();
    names.forEach(name -> cluster.client().configMaps().inNamespace(ns).withName(name + "-three")
        .edit(cm -> {
          cm.getMetadata().getLabels().put("ready", "yes");
          return cm;
        }));
    assertThat(cluster.get("v1", "ConfigMap", ns, "chain-0-four")).isEmpty();
    controller.start();

    names.forEach(name -> cluster.awaitState(API, KIND, ns, name, "ACTIVE"));
    for (String name : names) {
      List<String> children = cluster.client().configMaps().inNamespace(ns).withLabel("kro.run/instance-name", name)
          .list().getItems().stream().map(cm -> cm.getMetadata().getName()).sorted().toList();
      assertThat(children).containsExactly(name + "-five", name + "-four", name + "-one", name + "-three", name + "-two");
      assertThat(Cluster.tree(cluster.get("v1", "ConfigMap", ns, name + "-five").orElseThrow())
          .path("data").path("value").asText()).isEqualTo("s2345");
    }
    assertThat(audit.writesSince(mark, TestController.USER)).noneMatch(w -> w.startsWith("delete "));
  }
}
