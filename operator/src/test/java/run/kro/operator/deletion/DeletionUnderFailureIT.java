package run.kro.operator.deletion;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Deletion in reverse dependency waves when children are held by someone else's finalizer (as a
 * volume protection or a backup hook would): one leaf and one middle child of each instance are
 * held. The controller deletes the leaves and waits, the middles untouched, while a leaf is
 * terminating; then the middles, and waits again, the base untouched; the instance stays DELETING
 * until the last hold is lifted, and then nothing of it is left.
 */
@KubeTest
class DeletionUnderFailureIT {

  private static final String API = "kro.run/v1alpha1";
  private static final String KIND = "HeldTree";
  private static final String HOLD = "test.kro.run/hold";
  private static final List<String> LEAVES = List.of("leaf-a", "leaf-b");
  private static final List<String> MIDDLES = List.of("mid-a", "mid-b");
  private static final Duration HELD_FOR = Duration.ofSeconds(2);
  private static Cluster cluster;

  @BeforeAll
  static void setUp(KubeTestEnv env) {
    TestController.running();
    cluster = new Cluster(env.adminClient());
    cluster.applyActive(Fixtures.object("deletion/tree.yaml", Map.of()));
  }

  @Test
  void heldChildrenStopTheirWaveAndNothingIsLeftAfter(KubeTestEnv env) {
    deleteUnderHolds(env, 1);
  }

  @Test
  void manyInstancesDeletedUnderHolds(KubeTestEnv env) {
    deleteUnderHolds(env, FaultRun.pick(5, 50));
  }

  private void deleteUnderHolds(KubeTestEnv env, int count) {
    TestController controller = TestController.running();
    AuditLog audit = new AuditLog(env.auditLog());
    String ns = env.newNamespace("held");
    List<String> names = IntStream.range(0, count).mapToObj(i -> "tree-" + i).toList();
    names.forEach(
        name ->
            cluster.apply(
                Fixtures.object("deletion/instance.yaml", Map.of("NS", ns, "NAME", name))));
    names.forEach(name -> cluster.awaitState(API, KIND, ns, name, "ACTIVE"));
    names.forEach(name -> List.of("leaf-a", "mid-b").forEach(id -> hold(ns, name + "-" + id)));
    long mark = audit.mark();

    names.forEach(name -> cluster.kind(API, KIND).inNamespace(ns).withName(name).delete());

    awaitChildren(
        ns,
        names,
        "leaves deleted, leaf-a held",
        c -> absent(c, "leaf-b") && terminating(c, "leaf-a"));
    assertWaitsWithout(controller, ns, names, "leaf-a", MIDDLES);
    names.forEach(name -> release(ns, name + "-leaf-a"));

    awaitChildren(
        ns,
        names,
        "middles deleted, mid-b held",
        c -> absent(c, "leaf-a") && absent(c, "mid-a") && terminating(c, "mid-b"));
    assertWaitsWithout(controller, ns, names, "mid-b", List.of("base"));
    names.forEach(name -> release(ns, name + "-mid-b"));

    names.forEach(name -> cluster.awaitGone(API, KIND, ns, name));
    assertThat(ChildCensus.of(cluster.client(), ns).names()).as("children left behind").isEmpty();
    List<String> deletes =
        audit.writesSince(mark, TestController.USER).stream()
            .filter(w -> w.startsWith("delete configmaps " + ns + "/"))
            .map(w -> w.substring(w.indexOf('/') + 1))
            .toList();
    for (String name : names) {
      assertInWaves(name, deletes.stream().filter(child -> child.startsWith(name + "-")).toList());
    }
    System.out.printf(
        "deletion: %d instances, 2 holds each, %d child deletes%n", count, deletes.size());
  }

  /**
   * While {@code held} is terminating, each instance is DELETING and the controller, woken by a
   * change to the held child and by its own requeues, deletes none of {@code next}.
   */
  private static void assertWaitsWithout(
      TestController controller, String ns, List<String> names, String held, List<String> next) {
    names.forEach(name -> cluster.awaitState(API, KIND, ns, name, "DELETING"));
    double reconciles = controller.reconciles(KIND);
    names.forEach(
        name ->
            cluster
                .client()
                .configMaps()
                .inNamespace(ns)
                .withName(name + "-" + held)
                .edit(
                    cm -> {
                      cm.getMetadata().getAnnotations().put("test.kro.run/poked", "yes");
                      return cm;
                    }));
    Awaitility.await("controller woken by the held children")
        .atMost(Cluster.PATIENCE)
        .until(() -> controller.reconciles(KIND) >= reconciles + names.size());
    Awaitility.await("next wave untouched while " + held + " is held")
        .during(HELD_FOR)
        .atMost(HELD_FOR.multipliedBy(3))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              ChildCensus census = ChildCensus.of(cluster.client(), ns);
              return next.stream().allMatch(id -> untouched(census, id))
                  && terminating(census, held)
                  && names.stream().allMatch(name -> cluster.get(API, KIND, ns, name).isPresent());
            });
  }

  /** The controller deleted each child once, a wave only after the wave before it. */
  private static void assertInWaves(String name, List<String> deletes) {
    assertThat(deletes)
        .as(name + " deletes")
        .containsExactlyInAnyOrder(
            name + "-leaf-a", name + "-leaf-b", name + "-mid-a", name + "-mid-b", name + "-base");
    int lastLeaf =
        LEAVES.stream().mapToInt(id -> deletes.indexOf(name + "-" + id)).max().orElseThrow();
    int firstMiddle =
        MIDDLES.stream().mapToInt(id -> deletes.indexOf(name + "-" + id)).min().orElseThrow();
    int lastMiddle =
        MIDDLES.stream().mapToInt(id -> deletes.indexOf(name + "-" + id)).max().orElseThrow();
    assertThat(lastLeaf).as(name + ": leaves before middles " + deletes).isLessThan(firstMiddle);
    assertThat(lastMiddle)
        .as(name + ": middles before base " + deletes)
        .isLessThan(deletes.indexOf(name + "-base"));
  }

  private static void awaitChildren(
      String ns, List<String> names, String description, Predicate<ChildCensus> state) {
    Awaitility.await(description)
        .atMost(Cluster.PATIENCE)
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              ChildCensus census = ChildCensus.of(cluster.client(), ns);
              return census.instancesStarted() == names.size() && state.test(census);
            });
  }

  private static boolean absent(ChildCensus census, String id) {
    return census.byInstance().values().stream().allMatch(children -> find(children, id).isEmpty());
  }

  private static boolean terminating(ChildCensus census, String id) {
    return census.byInstance().values().stream()
        .allMatch(
            children ->
                find(children, id)
                    .filter(cm -> cm.getMetadata().getDeletionTimestamp() != null)
                    .isPresent());
  }

  private static boolean untouched(ChildCensus census, String id) {
    return census.byInstance().values().stream()
        .allMatch(
            children ->
                find(children, id)
                    .filter(cm -> cm.getMetadata().getDeletionTimestamp() == null)
                    .isPresent());
  }

  private static Optional<ConfigMap> find(List<ConfigMap> children, String id) {
    return children.stream()
        .filter(cm -> cm.getMetadata().getName().endsWith("-" + id))
        .findFirst();
  }

  private static void hold(String ns, String name) {
    cluster
        .client()
        .configMaps()
        .inNamespace(ns)
        .withName(name)
        .edit(
            cm -> {
              List<String> finalizers = new ArrayList<>(cm.getMetadata().getFinalizers());
              finalizers.add(HOLD);
              cm.getMetadata().setFinalizers(finalizers);
              return cm;
            });
  }

  private static void release(String ns, String name) {
    cluster
        .client()
        .configMaps()
        .inNamespace(ns)
        .withName(name)
        .edit(
            cm -> {
              cm.getMetadata()
                  .setFinalizers(
                      cm.getMetadata().getFinalizers().stream()
                          .filter(f -> !f.equals(HOLD))
                          .toList());
              return cm;
            });
  }
}
