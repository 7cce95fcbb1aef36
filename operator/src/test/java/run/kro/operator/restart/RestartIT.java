package run.kro.operator.restart;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import run.kro.operator.testing.AuditLog;
import run.kro.operator.testing.ChildCensus;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.FaultRun;
import run.kro.operator.testing.Fixtures;
import run.kro.operator.testing.TestController;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;

/**
 * The controller stops while instances are halfway through their graphs and starts again with empty
 * caches: every instance converges, each with exactly its five children, and nothing is deleted on
 * the way. Once at a point the test chooses (a readiness gate), and once at whatever point a
 * hundred instances have reached, twice over.
 */
@KubeTest
class RestartIT {

  private static final String API = "kro.run/v1alpha1";
  private static final String KIND = "RestartChain";
  private static final String FREE_KIND = "RestartFreeChain";
  private static final List<String> CHAIN = List.of("one", "two", "three", "four", "five");
  private static final int INSTANCES = 10;
  private static Cluster cluster;

  @BeforeAll
  static void setUp(KubeTestEnv env) {
    TestController.running();
    cluster = new Cluster(env.adminClient());
    cluster.applyActive(Fixtures.object("restart/chain.yaml", Map.of()));
    cluster.applyActive(Fixtures.object("restart/free-chain.yaml", Map.of()));
  }

  @Test
  void nothingLostOrDuplicatedAcrossARestart(KubeTestEnv env) {
    TestController controller = TestController.running();
    AuditLog audit = new AuditLog(env.auditLog());
    String ns = env.newNamespace("restart");
    long mark = audit.mark();
    List<String> names = IntStream.range(0, INSTANCES).mapToObj(i -> "chain-" + i).toList();
    names.forEach(name -> cluster.apply(instance(KIND, ns, name)));
    names.forEach(
        name -> cluster.await("v1", "ConfigMap", ns, name + "-three", "created", cm -> true));

    controller.stop();
    names.forEach(
        name ->
            cluster
                .client()
                .configMaps()
                .inNamespace(ns)
                .withName(name + "-three")
                .edit(
                    cm -> {
                      cm.getMetadata().getLabels().put("ready", "yes");
                      return cm;
                    }));
    assertThat(cluster.get("v1", "ConfigMap", ns, "chain-0-four")).isEmpty();
    controller.start();

    names.forEach(name -> cluster.awaitState(API, KIND, ns, name, "ACTIVE"));
    assertExactChildren(ns, names);
    assertThat(audit.writesSince(mark, TestController.USER))
        .noneMatch(w -> w.startsWith("delete "));
  }

  /**
   * All instances exist before the controller starts; it is killed (no grace: reconciles in flight
   * are interrupted, mid-walk) as soon as half of them have children, started again, killed again
   * at the next progress, and started for good. Each start builds new caches from the cluster.
   */
  @Test
  void killedHalfwayThroughAHundredInstances(KubeTestEnv env) {
    int count = FaultRun.pick(100, 100);
    int kills = FaultRun.pick(2, 5);
    TestController shared = TestController.running();
    shared.stop();
    TestController controller =
        TestController.create(
            Map.of(
                "kro.controller.graceful-shutdown-timeout",
                "0s",
                "kro.controller.instance-concurrent-reconciles",
                "4"));
    AuditLog audit = new AuditLog(env.auditLog());
    String ns = env.newNamespace("restart-many");
    long mark = audit.mark();
    long started = System.nanoTime();
    List<String> names = IntStream.range(0, count).mapToObj(i -> "free-" + i).toList();
    try {
      names.forEach(name -> cluster.apply(instance(FREE_KIND, ns, name)));
      controller.start();
      awaitCensus(
          ns, "half of the instances have children", c -> c.instancesStarted() >= count / 2);
      controller.stop();
      ChildCensus atKill = ChildCensus.of(cluster.client(), ns);
      report(1, atKill, count);
      assertThat(atKill.instancesComplete(CHAIN.size()))
          .as("instances complete when killed")
          .isLessThan(count);
      for (int kill = 2; kill <= kills; kill++) {
        int before = ChildCensus.of(cluster.client(), ns).size();
        controller.start();
        awaitCensus(
            ns,
            "progress after a restart",
            c -> c.size() > before || c.size() == count * CHAIN.size());
        controller.stop();
        report(kill, ChildCensus.of(cluster.client(), ns), count);
      }
      controller.start();

      names.forEach(name -> cluster.awaitState(API, FREE_KIND, ns, name, "ACTIVE"));
      assertExactChildren(ns, names);
      assertThat(audit.writesSince(mark, TestController.USER))
          .noneMatch(w -> w.startsWith("delete "));
      System.out.printf(
          "restart: %d instances, %d kills, converged in %.1f s%n",
          count, kills, (System.nanoTime() - started) / 1e9);
    } finally {
      controller.stop();
      shared.start();
    }
  }

  private static void assertExactChildren(String ns, List<String> names) {
    ChildCensus census = ChildCensus.of(cluster.client(), ns);
    Set<String> expected = new TreeSet<>();
    names.forEach(name -> CHAIN.forEach(id -> expected.add(name + "-" + id)));
    assertThat(census.names()).as("children by name").isEqualTo(expected);
    assertThat(census.size()).as("children listed").isEqualTo(expected.size());
    census
        .byInstance()
        .forEach(
            (instance, children) ->
                assertThat(children)
                    .allSatisfy(
                        cm -> assertThat(cm.getMetadata().getName()).startsWith(instance + "-")));
    for (String name : names) {
      assertThat(
              Cluster.tree(cluster.get("v1", "ConfigMap", ns, name + "-five").orElseThrow())
                  .path("data")
                  .path("value")
                  .asText())
          .as(name + "-five")
          .isEqualTo("s2345");
    }
  }

  private static void awaitCensus(String ns, String description, Predicate<ChildCensus> until) {
    Awaitility.await(description)
        .atMost(Cluster.PATIENCE)
        .pollInterval(Duration.ofMillis(20))
        .until(() -> until.test(ChildCensus.of(cluster.client(), ns)));
  }

  private static void report(int kill, ChildCensus census, int count) {
    System.out.printf(
        "restart: kill %d: %d of %d instances had children, %d had all %d, %d partway; %s%n",
        kill,
        census.instancesStarted(),
        count,
        census.instancesComplete(CHAIN.size()),
        CHAIN.size(),
        census.instancesStarted() - census.instancesComplete(CHAIN.size()),
        census);
  }

  private static GenericKubernetesResource instance(String kind, String ns, String name) {
    return Fixtures.object("restart/instance.yaml", Map.of("KIND", kind, "NS", ns, "NAME", name));
  }
}
