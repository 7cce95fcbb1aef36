package run.kro.operator.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.Fixtures;
import run.kro.operator.testing.TestController;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;

/** A forEach collection grows and shrinks with the instance's list; removed items are pruned. */
@KubeTest
class CollectionIT {

  private static final String API = "kro.run/v1alpha1";
  private static final String KIND = "Fanout";
  private static Cluster cluster;

  @BeforeAll
  static void setUp(KubeTestEnv env) {
    TestController.running();
    cluster = new Cluster(env.adminClient());
    cluster.applyActive(Fixtures.object("collection/fanout.yaml", Map.of()));
  }

  @Test
  void growsAndShrinks(KubeTestEnv env) {
    String ns = env.newNamespace("collection");
    cluster.apply(Fixtures.object("collection/instance.yaml", Map.of("NS", ns, "NAMES", "a, b")));
    cluster.await(
        API,
        KIND,
        ns,
        "fan",
        "two items",
        o ->
            o.path("status").path("count").asInt() == 2
                && o.path("status").path("state").asText().equals("ACTIVE"));
    assertThat(items(ns)).containsExactly("fan-a", "fan-b");

    cluster.apply(
        Fixtures.object("collection/instance.yaml", Map.of("NS", ns, "NAMES", "a, b, c")));
    cluster.await(
        API, KIND, ns, "fan", "three items", o -> o.path("status").path("count").asInt() == 3);
    assertThat(items(ns)).containsExactly("fan-a", "fan-b", "fan-c");
    assertThat(cluster.get("v1", "ConfigMap", ns, "fan-c").orElseThrow().getMetadata().getLabels())
        .containsEntry("kro.run/collection-index", "2")
        .containsEntry("kro.run/collection-size", "3");

    cluster.apply(Fixtures.object("collection/instance.yaml", Map.of("NS", ns, "NAMES", "a")));
    cluster.awaitGone("v1", "ConfigMap", ns, "fan-c");
    cluster.awaitGone("v1", "ConfigMap", ns, "fan-b");
    assertThat(items(ns)).containsExactly("fan-a");
    cluster.await(
        API,
        KIND,
        ns,
        "fan",
        "one item",
        o ->
            o.path("status").path("count").asInt() == 1
                && o.path("status").path("state").asText().equals("ACTIVE"));
  }

  private static List<String> items(String ns) {
    return cluster
        .client()
        .configMaps()
        .inNamespace(ns)
        .withLabel("kro.run/node-id", "entries")
        .list()
        .getItems()
        .stream()
        .filter(cm -> cm.getMetadata().getDeletionTimestamp() == null)
        .map(cm -> cm.getMetadata().getName())
        .sorted()
        .toList();
  }
}
