package run.kro.operator.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static run.kro.operator.rollout.RolloutFleet.shop;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import run.kro.backend.api.KroMetadata;
import run.kro.operator.testing.AuditLog;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.TestController;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;

/**
 * Revisions and rollouts on the real API server (docs/revisions.md): pins, the staged rollout with
 * its canary, halt and completion, rollback, a controller killed in the middle of a rollout, and a
 * history that never collects a revision in use.
 */
@KubeTest
class RolloutIT {

  private static final String GREETING = "${schema.spec.greeting}";

  private static Map<String, String> staged(String canary, String step, String soak) {
    Map<String, String> annotations = new HashMap<>();
    annotations.put(KroMetadata.ROLLOUT, "staged");
    annotations.put(KroMetadata.ROLLOUT_CANARY, canary);
    annotations.put(KroMetadata.ROLLOUT_STEP, step);
    annotations.put(KroMetadata.ROLLOUT_SOAK, soak);
    annotations.put(KroMetadata.ROLLOUT_DEADLINE, "90s");
    return annotations;
  }

  @Test
  void aPinnedInstanceStaysOnItsRevisionUntilUnpinned(KubeTestEnv env) {
    TestController controller = TestController.running();
    RolloutFleet fleet =
        new RolloutFleet(
            new Cluster(env.adminClient()),
            "shops-pinned",
            "PinnedShop",
            env.newNamespace("pinned"));
    fleet.revision(GREETING, Map.of());
    fleet.instances(3, Map.of());
    fleet.awaitAllOn(1, 3);
    fleet.annotateInstance(shop(0), Map.of(KroMetadata.GRAPH_REVISION, "1"));

    fleet.revision("${schema.spec.greeting + ' v2'}", Map.of());
    fleet.awaitInstances(
        "the unpinned ones on revision 2",
        items ->
            items.stream().filter(i -> i.path("status").path("graphRevision").asLong() == 2).count()
                == 2);
    assertThat(fleet.revisions())
        .containsExactly(Map.entry(shop(0), 1L), Map.entry(shop(1), 2L), Map.entry(shop(2), 2L));
    assertThat(configMap(fleet, shop(0)).path("data").path("greeting").asText()).isEqualTo("hello");
    assertThat(configMap(fleet, shop(1)).path("data").path("greeting").asText())
        .isEqualTo("hello v2");
    JsonNode status =
        fleet.cluster.await(
            RolloutFleet.API,
            "ResourceGroup",
            null,
            fleet.rg,
            "counts per revision",
            o -> o.path("status").path("revisions").path(1).path("instances").asInt() == 2);
    assertThat(status.path("status").path("targetRevision").asLong()).isEqualTo(2);
    assertThat(status.path("status").path("revisions").path(0).path("revision").asLong())
        .isEqualTo(1);
    assertThat(status.path("status").path("revisions").path(0).path("pinned").asInt()).isEqualTo(1);
    assertThat(status.path("status").path("revisions").path(1).path("instances").asInt())
        .isEqualTo(2);
    assertThat(
            controller.gauge(
                "kro.instances.by.revision",
                "resource_group",
                "ResourceGroup/shops-pinned",
                "revision",
                "2",
                "state",
                "ACTIVE"))
        .isEqualTo(2.0);

    Map<String, String> unpin = new HashMap<>();
    unpin.put(KroMetadata.GRAPH_REVISION, null);
    fleet.annotateInstance(shop(0), unpin);
    fleet.awaitAllOn(2, 3);
    assertThat(configMap(fleet, shop(0)).path("data").path("greeting").asText())
        .isEqualTo("hello v2");

    fleet.annotateInstance(shop(0), Map.of(KroMetadata.GRAPH_REVISION, "9"));
    JsonNode refused =
        fleet.cluster.await(
            RolloutFleet.API,
            fleet.kind,
            fleet.ns,
            shop(0),
            "refused for a missing revision",
            o -> o.path("status").path("state").asText().equals("ERROR"));
    assertThat(refused.path("status").path("conditions").toString())
        .contains("graph revision 9, which does not exist");
    assertThat(configMap(fleet, shop(0)).path("data").path("greeting").asText())
        .isEqualTo("hello v2");
  }

  @Test
  void aStagedRolloutHaltsOnABrokenCanaryAndCompletesOnceFixed(KubeTestEnv env) {
    TestController.running();
    RolloutFleet fleet =
        new RolloutFleet(
            new Cluster(env.adminClient()),
            "shops-staged",
            "StagedShop",
            env.newNamespace("staged"));
    Map<String, String> staged = staged("5", "15", "2s");
    fleet.revision(GREETING, staged);
    fleet.instances(50, Map.of(1, "boom"));
    fleet.awaitAllOn(1, 50);

    fleet.revision(RolloutFleet.BREAKS_ON_FOUR_LETTERS, staged);
    JsonNode halted = fleet.awaitRollout("halted", r -> r.path("phase").asText().equals("Halted"));
    assertThat(halted.path("status").path("rollout").path("message").asText())
        .contains(fleet.ns + "/" + shop(1), "ERROR", "revision 2");
    assertThat(halted.path("status").path("rollout").path("step").asInt()).isZero();
    // Nothing beyond the canary moves while halted.
    Awaitility.await().pollDelay(Duration.ofSeconds(6)).until(() -> true);
    Map<String, Long> revisions = fleet.revisions();
    assertThat(revisions.entrySet().stream().filter(e -> e.getValue() == 2L).map(Map.Entry::getKey))
        .containsExactlyInAnyOrder(shop(0), shop(1), shop(2), shop(3), shop(4));
    assertThat(halted.path("status").path("rollout").path("mode").asText()).isEqualTo("staged");
    assertThat(revisions.values().stream().filter(r -> r == 1L)).hasSize(45);
    assertThat(fleet.reasons())
        .containsSubsequence("RolloutStarted", "InstanceAdmitted", "RolloutHalted");

    fleet.revision("${schema.spec.greeting + '!'}", staged);
    fleet.awaitRollout(
        "complete on revision 3",
        r -> r.path("revision").asLong() == 3 && r.path("phase").asText().equals("Complete"));
    fleet.awaitAllOn(3, 50);
    List<Event> events = fleet.events();
    assertThat(events.stream().filter(e -> e.getMessage().contains("admitted to revision 3")))
        .hasSize(50);
    assertThat(events.stream().map(Event::getReason))
        .containsSubsequence(
            "RolloutHalted", "RolloutStarted", "RolloutStepStarted", "RolloutCompleted");
    assertThat(fleet.status().path("rollout").path("steps").asInt()).isEqualTo(4);
  }

  @Test
  void aRollbackMovesEveryInstanceBackAndKeepsWhatBothRevisionsDeclare(KubeTestEnv env) {
    TestController.running();
    RolloutFleet fleet =
        new RolloutFleet(
            new Cluster(env.adminClient()),
            "shops-rollback",
            "RollbackShop",
            env.newNamespace("rollback"));
    Map<String, String> staged = staged("2", "50%", "1s");
    fleet.revision(GREETING, staged);
    fleet.instances(6, Map.of());
    fleet.awaitAllOn(1, 6);
    String uid = configMap(fleet, shop(3)).path("metadata").path("uid").asText();
    fleet.revision("${schema.spec.greeting + ' v2'}", staged);
    fleet.awaitRollout(
        "complete on revision 2",
        r -> r.path("revision").asLong() == 2 && r.path("phase").asText().equals("Complete"));
    fleet.awaitAllOn(2, 6);

    fleet.annotateGroup(Map.of(KroMetadata.TARGET_REVISION, "1"));
    fleet.awaitAllOn(1, 6);
    assertThat(configMap(fleet, shop(3)).path("data").path("greeting").asText()).isEqualTo("hello");
    assertThat(configMap(fleet, shop(3)).path("metadata").path("uid").asText()).isEqualTo(uid);
    fleet.awaitRollout("reported", r -> r.path("revision").asLong() == 1);
    assertThat(fleet.status().path("targetRevision").asLong()).isEqualTo(1);
    assertThat(fleet.reasons()).contains("RolledBack");

    // Following the latest again is a new staged rollout, from the canary.
    Map<String, String> follow = new HashMap<>();
    follow.put(KroMetadata.TARGET_REVISION, null);
    fleet.annotateGroup(follow);
    fleet.awaitRollout(
        "complete on revision 2 again",
        r -> r.path("revision").asLong() == 2 && r.path("phase").asText().equals("Complete"));
    fleet.awaitAllOn(2, 6);
  }

  /**
   * The controller is killed (no grace: reconciles in flight are interrupted) once the rollout is
   * past its canary, and started again with empty memory. The API server's audit log and a watch of
   * every instance show each instance admitted once and moved from revision 1 to 2 once.
   */
  @Test
  void aControllerKilledMidRolloutResumesWithoutSkippingOrMovingAnyInstanceTwice(KubeTestEnv env) {
    TestController shared = TestController.running();
    shared.stop();
    TestController controller =
        TestController.create(Map.of("kro.controller.graceful-shutdown-timeout", "0s"));
    AuditLog audit = new AuditLog(env.auditLog());
    RolloutFleet fleet =
        new RolloutFleet(
            new Cluster(env.adminClient()),
            "shops-restart",
            "RestartShop",
            env.newNamespace("restart"));
    Map<String, String> staged = staged("2", "6", "3s");
    Map<String, List<Long>> moves = new ConcurrentHashMap<>();
    long mark;
    try {
      controller.start();
      fleet.revision(GREETING, staged);
      fleet.instances(20, Map.of());
      fleet.awaitAllOn(1, 20);
      mark = audit.mark();
      try (Watch watch = watchRevisions(fleet, moves)) {
        fleet.revision("${schema.spec.greeting + ' v2'}", staged);
        fleet.awaitRollout("past the canary", r -> r.path("step").asInt() >= 1);
        controller.stop();
        assertThat(fleet.revisions().values()).as("when killed").contains(1L, 2L);
        controller.start();
        fleet.awaitRollout(
            "complete on revision 2",
            r -> r.path("revision").asLong() == 2 && r.path("phase").asText().equals("Complete"));
        fleet.awaitAllOn(2, 20);
      }
    } finally {
      controller.stop();
      shared.start();
    }
    IntStream.range(0, 20)
        .forEach(
            i ->
                assertThat(moves.get(shop(i)))
                    .as(shop(i) + "'s revisions")
                    .containsExactly(1L, 2L));
    Map<String, Long> admissions = new TreeMap<>();
    audit.writesSince(mark, TestController.USER).stream()
        .filter(write -> write.startsWith("patch restartshops "))
        .forEach(
            write -> admissions.merge(write.substring(write.lastIndexOf('/') + 1), 1L, Long::sum));
    assertThat(admissions)
        .as("admission patches per instance")
        .hasSize(20)
        .allSatisfy((name, count) -> assertThat(count).isEqualTo(1L));
    assertThat(fleet.events().stream().filter(e -> e.getReason().equals("InstanceAdmitted")))
        .hasSize(20);
  }

  @Test
  void theHistoryNeverCollectsARevisionAnInstanceIsPinnedTo(KubeTestEnv env) {
    TestController.running();
    RolloutFleet fleet =
        new RolloutFleet(
            new Cluster(env.adminClient()),
            "shops-history",
            "HistoryShop",
            env.newNamespace("history"));
    fleet.revision(GREETING, Map.of());
    fleet.instances(2, Map.of());
    fleet.awaitAllOn(1, 2);
    fleet.annotateInstance(shop(0), Map.of(KroMetadata.GRAPH_REVISION, "1"));
    for (int n = 2; n <= 12; n++) {
      fleet.revision("${schema.spec.greeting + '" + n + "'}", Map.of());
      long revision = n;
      fleet.awaitInstances(
          "shop-01 on revision " + n,
          items ->
              items.stream()
                  .anyMatch(
                      i ->
                          i.path("metadata").path("name").asText().equals(shop(1))
                              && i.path("status").path("graphRevision").asLong() == revision));
    }
    Awaitility.await("revision 2 collected")
        .atMost(Duration.ofSeconds(30))
        .until(() -> !revisionNumbers(fleet).contains(2L));
    assertThat(revisionNumbers(fleet)).contains(1L).doesNotContain(2L).contains(12L);
    assertThat(fleet.revisions()).containsEntry(shop(0), 1L);
    assertThat(configMap(fleet, shop(0)).path("data").path("greeting").asText()).isEqualTo("hello");
  }

  private static JsonNode configMap(RolloutFleet fleet, String instance) {
    return fleet
        .cluster
        .get("v1", "ConfigMap", fleet.ns, instance + "-config")
        .map(Cluster::tree)
        .orElseThrow();
  }

  private static List<Long> revisionNumbers(RolloutFleet fleet) {
    return fleet
        .cluster
        .kind("internal.kro.run/v1alpha1", "GraphRevision")
        .withLabel(KroMetadata.RESOURCE_GRAPH_DEFINITION_NAME, fleet.rg)
        .list()
        .getItems()
        .stream()
        .map(r -> Cluster.tree(r).path("spec").path("revision").asLong())
        .sorted()
        .toList();
  }

  /**
   * Records each instance's successive {@code status.graphRevision} values, as the watch sees them.
   */
  private static Watch watchRevisions(RolloutFleet fleet, Map<String, List<Long>> moves) {
    fleet
        .revisions()
        .forEach((name, revision) -> moves.put(name, new ArrayList<>(List.of(revision))));
    return fleet
        .cluster
        .kind(RolloutFleet.API, fleet.kind)
        .inNamespace(fleet.ns)
        .watch(
            new Watcher<>() {
              @Override
              public void eventReceived(Action action, GenericKubernetesResource resource) {
                long revision =
                    Cluster.tree(resource).path("status").path("graphRevision").asLong(0);
                List<Long> seen =
                    moves.computeIfAbsent(resource.getMetadata().getName(), n -> new ArrayList<>());
                synchronized (seen) {
                  if (revision > 0 && (seen.isEmpty() || seen.get(seen.size() - 1) != revision)) {
                    seen.add(revision);
                  }
                }
              }

              @Override
              public void onClose(WatcherException cause) {}
            });
  }
}
