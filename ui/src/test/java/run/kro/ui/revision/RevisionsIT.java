package run.kro.ui.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import run.kro.backend.api.KroMetadata;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;
import run.kro.ui.base.ClusterAccess;
import run.kro.ui.instance.InstanceApi;
import run.kro.ui.security.AccessReview;
import run.kro.ui.testing.DemoAccess;
import run.kro.ui.testing.FixtureNames;

/**
 * The Revisions tab's services against a real API server, the test playing the controller: the
 * history and status read back, every rollout action written as annotations (and only those), a
 * user who may not steer a rollout told so in a sentence, and the watch signalling a change.
 */
@KubeTest
class RevisionsIT {

  private static final ResourceGroupKind RG = ResourceGroupKind.RESOURCE_GROUP;

  private static RevisionCluster cluster;
  private static ClusterAccess admin;

  private FixtureNames names;
  private InstanceApi api;
  private String namespace;

  @BeforeAll
  static void connect(KubernetesClient client) {
    cluster = new RevisionCluster(client);
    admin = () -> client;
    DemoAccess.install(client);
  }

  @BeforeEach
  void threeRevisionsAndFourInstances() {
    names = FixtureNames.fresh("revs");
    api = cluster.install(names);
    namespace = KubeTestEnv.get().newNamespace("revs");
    cluster.issue(names.name(), 1, Map.of("replicas", 1));
    cluster.issue(names.name(), 2, Map.of("replicas", 2));
    cluster.issue(names.name(), 3, Map.of("replicas", 3));
    cluster.writeStatus(
        names.name(),
        Map.of(
            "lastIssuedRevision",
            3,
            "targetRevision",
            3,
            "rollout",
            RevisionCluster.haltedAtCanary(3, 1, 4, "instance " + namespace + "/d is ERROR"),
            "revisions",
            List.of(
                Map.of("revision", 2, "instances", 3, "pinned", 1, "states", Map.of("ACTIVE", 3)),
                Map.of("revision", 3, "instances", 1, "pinned", 0, "states", Map.of("ERROR", 1)))));
    cluster.instance(api, namespace, "a", 2, "ACTIVE", Map.of());
    cluster.instance(api, namespace, "b", 2, "ACTIVE", Map.of(KroMetadata.GRAPH_REVISION, "2"));
    cluster.instance(api, namespace, "c", 2, "ACTIVE", Map.of());
    cluster.instance(api, namespace, "d", 3, "ERROR", Map.of(KroMetadata.ADMITTED_REVISION, "3"));
  }

  @Test
  void readsTheHistoryNewestFirstTheRolloutAndWhereEachInstanceStands() {
    ResourceGroupRevisions read = cluster.reader(admin).read(RG, names.name());

    assertThat(read.problems()).isEmpty();
    assertThat(read.history()).extracting(GraphRevision::number).containsExactly(3L, 2L, 1L);
    assertThat(read.latest()).hasValue(3);
    assertThat(read.target()).hasValue(3);
    assertThat(RevisionDiff.between(read.revision(2).orElseThrow(), read.revision(3).orElseThrow()))
        .contains("-replicas: 2\n+replicas: 3");
    assertThat(read.instances())
        .extracting(InstanceRevision::name, i -> i.standing(read.target()))
        .containsExactly(
            tuple("a", "behind the target (revision 3)"),
            tuple("b", "pinned to revision 2"),
            tuple("c", "behind the target (revision 3)"),
            tuple("d", "on the target"));
    assertThat(read.behind()).isEqualTo(2);
    RolloutProgress progress = RolloutProgress.of(read.status(), read.settings(), Instant.now());
    assertThat(progress.headline()).isEqualTo("Staged rollout of revision 3 halted at the canary.");
    assertThat(progress.details()).contains("Why: instance " + namespace + "/d is ERROR");
    assertThat(CountsText.of(read))
        .isEqualTo("Revision 2: 3 instances, all ACTIVE, 1 pinned. Revision 3: 1 instance, ERROR.");
  }

  @Test
  void eachRolloutActionWritesItsAnnotationsOnTheResourceGroupAndKeepsTheOthers() {
    RolloutActions actions = cluster.actions(admin);

    assertThat(actions.startStaged(RG, names.name(), new StagedRollout("2", "50%", "1m")).done())
        .isTrue();
    assertThat(cluster.resourceGroupAnnotations(names.name()))
        .containsEntry(KroMetadata.ROLLOUT, "staged")
        .containsEntry(KroMetadata.ROLLOUT_CANARY, "2")
        .containsEntry(KroMetadata.ROLLOUT_STEP, "50%")
        .containsEntry(KroMetadata.ROLLOUT_SOAK, "1m")
        .containsEntry("kro.run/description", "Widgets for tests");

    assertThat(actions.promote(RG, names.name(), 0).message())
        .isEqualTo(
            "Promoted: the canary of "
                + names.name()
                + " goes on without waiting for its soak time.");
    assertThat(actions.pause(RG, names.name(), true).done()).isTrue();
    assertThat(cluster.resourceGroupAnnotations(names.name()))
        .containsEntry(KroMetadata.ROLLOUT_PROMOTE, "0")
        .containsEntry(KroMetadata.ROLLOUT_PAUSED, "true");
    assertThat(actions.pause(RG, names.name(), false).done()).isTrue();
    assertThat(cluster.resourceGroupAnnotations(names.name()))
        .doesNotContainKey(KroMetadata.ROLLOUT_PAUSED);

    assertThat(actions.rollBack(RG, names.name(), 2).done()).isTrue();
    assertThat(cluster.resourceGroupAnnotations(names.name()))
        .containsEntry(KroMetadata.TARGET_REVISION, "2");
    assertThat(cluster.reader(admin).read(RG, names.name()).settings().settings().target())
        .hasValue(2);
    assertThat(actions.followLatest(RG, names.name()).done()).isTrue();
    assertThat(cluster.resourceGroupAnnotations(names.name()))
        .doesNotContainKey(KroMetadata.TARGET_REVISION)
        .containsEntry(KroMetadata.ROLLOUT, "staged");
  }

  @Test
  void pinUnpinAndPromoteWriteTheInstancesAnnotations() {
    RolloutActions actions = cluster.actions(admin);

    assertThat(actions.pin(names.name(), namespace, "a", Optional.of(2L)).message())
        .isEqualTo("a is pinned to revision 2.");
    assertThat(cluster.annotations(api, namespace, "a"))
        .containsEntry(KroMetadata.GRAPH_REVISION, "2");
    assertThat(actions.pin(names.name(), namespace, "b", Optional.empty()).done()).isTrue();
    assertThat(cluster.annotations(api, namespace, "b"))
        .doesNotContainKey(KroMetadata.GRAPH_REVISION);
    assertThat(actions.admit(names.name(), namespace, "c", 3).done()).isTrue();
    assertThat(cluster.annotations(api, namespace, "c"))
        .containsEntry(KroMetadata.ADMITTED_REVISION, "3");

    ResourceGroupRevisions read = cluster.reader(admin).read(RG, names.name());
    assertThat(read.instances())
        .extracting(InstanceRevision::name, i -> i.standing(read.target()))
        .contains(
            tuple("a", "pinned to revision 2"),
            tuple("b", "behind the target (revision 3)"),
            tuple("c", "admitted to revision 3, moving"));
  }

  @Test
  void aDeveloperMayNotSteerTheRolloutAndIsToldSoInASentence() {
    KubernetesClient alice = KubeTestEnv.get().clientFor("alice", "team-a");
    RolloutActions actions = cluster.actions(() -> alice);

    assertThat(actions.mayChangeRollout(RG).allowed()).isFalse();
    assertThat(actions.mayChangeRollout(RG).reason())
        .isEqualTo("you cannot patch resourcegroups: only platform engineers steer a rollout");
    ActionResult refused = actions.rollBack(RG, names.name(), 2);
    assertThat(refused.done()).isFalse();
    assertThat(refused.message())
        .startsWith(
            "Could not roll "
                + names.name()
                + " back to revision 2: you may not change ResourceGroup "
                + names.name()
                + "; ask someone who administers it.")
        .contains("forbidden");
    assertThat(cluster.resourceGroupAnnotations(names.name()))
        .doesNotContainKey(KroMetadata.TARGET_REVISION);
    assertThat(cluster.reader(() -> alice).read(RG, names.name()).problems())
        .anyMatch(p -> p.startsWith("You may not read graph revisions"));
  }

  @Test
  void theInstancePageReadsTheTargetFromTheStatusElseFromARollback() {
    InstanceRevisions revisions = new InstanceRevisions(admin, cluster.instances.apis);
    JsonNode a =
        admin
            .client()
            .getKubernetesSerialization()
            .convertValue(cluster.instances.stored(api, namespace, "a"), JsonNode.class);

    assertThat(revisions.target(names.name())).hasValue(3);
    assertThat(revisions.of(a).standing(revisions.target(names.name())))
        .isEqualTo("behind the target (revision 3)");

    cluster.writeStatus(names.name(), Map.of("targetRevision", 0));
    cluster.actions(admin).rollBack(RG, names.name(), 2);
    assertThat(revisions.target(names.name())).hasValue(2);
    assertThat(revisions.of(a).standing(revisions.target(names.name()))).isEqualTo("on the target");
    assertThat(revisions.target("no-such-resource-group")).isEmpty();
  }

  @Test
  void theWatchSignalsAChangeOfTheResourceGroup() {
    AtomicInteger signals = new AtomicInteger();
    RevisionWatch watch = new RevisionWatch(admin, cluster.instances.apis, new AccessReview(admin));
    var registration = watch.watch(RG, names.name(), signals::incrementAndGet);
    try {
      int before = signals.get();
      cluster.actions(admin).pause(RG, names.name(), true);
      // Within the debounce, well before the tick.
      Awaitility.await()
          .atMost(Duration.ofSeconds(3))
          .untilAsserted(() -> assertThat(signals.get()).isGreaterThan(before));
      assertThat(watch.open()).isEqualTo(1);
    } finally {
      registration.remove();
      watch.destroy();
    }
    assertThat(watch.open()).isZero();
  }
}
