package run.kro.ui.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.shared.Registration;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import run.kro.backend.status.NodeReport;
import run.kro.backend.status.NodeState;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;
import run.kro.ui.graph.GraphNode;
import run.kro.ui.graph.NodeTone;
import run.kro.ui.testing.FixtureNames;

/**
 * An instance's snapshot and live updates against a real API server, with the controller's writes
 * done by hand.
 */
@KubeTest
class InstanceWatchIT {

  private static final Duration DELIVERY = Duration.ofSeconds(5);

  private static InstanceCluster cluster;

  private FixtureNames names;
  private InstanceApi api;
  private String namespace;
  private GenericKubernetesResource instance;

  @BeforeAll
  static void connect(KubernetesClient admin) {
    cluster = new InstanceCluster(admin);
  }

  @BeforeEach
  void instance() {
    names = InstanceFixtures.freshNames("watch");
    cluster.installResourceGroup("widgets.yaml", names);
    api = cluster.apis.resolve(names.name());
    namespace = KubeTestEnv.get().newNamespace("inst");
    WriteResult created =
        cluster.writer.create(
            names.name(), namespace, cluster.instance("shop", "{\"extra\": false}"));
    assertThat(created.succeeded()).as(created.message()).isTrue();
    instance = cluster.stored(api, namespace, "shop");
  }

  @Test
  void snapshotHasTheStatusGraphChildrenAndEventsNewestFirst() {
    HasMetadata config = cluster.createChild(instance, "config", "shop-config");
    cluster.writeStatus(
        api,
        namespace,
        "shop",
        "IN_PROGRESS",
        false,
        List.of(
            report("config", "ConfigMap", NodeState.SYNCED, null),
            report(
                "app",
                "Deployment",
                NodeState.WAITING_FOR_READINESS,
                "readyWhen ${app.status.?availableReplicas.orValue(0) >= 1} is false"),
            report(
                "extra",
                "ConfigMap",
                NodeState.SKIPPED,
                "includeWhen ${schema.spec.extra} is false")));
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    cluster.createEvent(instance, "Accepted", "Normal", now.minusSeconds(60));
    cluster.createEvent(config, "Conflict", "Warning", now);

    InstanceSnapshot snapshot = cluster.watch.snapshot(names.name(), namespace, "shop");

    assertThat(snapshot.exists()).isTrue();
    assertThat(snapshot.state()).contains("IN_PROGRESS");
    assertThat(snapshot.revision()).contains(2L);
    assertThat(snapshot.conditions())
        .extracting(InstanceCondition::type, InstanceCondition::status)
        .containsExactly(tuple("Ready", "False"));
    assertThat(tones(snapshot))
        .containsExactly(NodeTone.READY, NodeTone.WAITING, NodeTone.SKIPPED, NodeTone.IN_PROGRESS);
    assertThat(node(snapshot, "app").detail())
        .contains("readyWhen ${app.status.?availableReplicas.orValue(0) >= 1} is false");
    assertThat(node(snapshot, "palette").detail()).contains("not reconciled yet");
    assertThat(snapshot.children("config"))
        .extracting(ChildObject::name)
        .containsExactly("shop-config");
    assertThat(snapshot.children("config").get(0).yaml())
        .contains("from: test")
        .doesNotContain("managedFields");
    // The console's own audit event of the create is among them; the test's two come newest first.
    assertThat(snapshot.events()).extracting(InstanceEvent::reason).contains("ConsoleWrite");
    assertThat(snapshot.events())
        .filteredOn(e -> !e.reason().equals("ConsoleWrite"))
        .extracting(InstanceEvent::reason, InstanceEvent::objectKind, InstanceEvent::objectName)
        .containsExactly(
            tuple("Conflict", "ConfigMap", "shop-config"), tuple("Accepted", names.kind(), "shop"));
  }

  @Test
  void watchDeliversStatusChildrenAndDeletionWithinSecondsAndStopsWhenRemoved() {
    List<InstanceSnapshot> seen = new CopyOnWriteArrayList<>();
    Registration registration = cluster.watch.watch(names.name(), namespace, "shop", seen::add);
    try {
      await().atMost(DELIVERY).until(() -> !seen.isEmpty());
      assertThat(last(seen).state()).as("no status yet").isEmpty();

      cluster.writeStatus(
          api,
          namespace,
          "shop",
          "ACTIVE",
          true,
          List.of(report("config", "ConfigMap", NodeState.SYNCED, null)));
      await()
          .atMost(DELIVERY)
          .untilAsserted(
              () -> {
                assertThat(last(seen).state()).contains("ACTIVE");
                assertThat(node(last(seen), "config").tone()).isEqualTo(NodeTone.READY);
              });

      cluster.createChild(instance, "config", "shop-config");
      await()
          .atMost(DELIVERY)
          .untilAsserted(
              () ->
                  assertThat(last(seen).children("config"))
                      .extracting(ChildObject::name)
                      .containsExactly("shop-config"));

      cluster.createEvent(instance, "Reconciled", "Normal", Instant.now());
      await()
          .atMost(DELIVERY)
          .untilAsserted(
              () ->
                  assertThat(last(seen).events())
                      .extracting(InstanceEvent::reason)
                      .contains("Reconciled"));

      WriteResult deleted = cluster.writer.delete(names.name(), namespace, "shop");
      assertThat(deleted.succeeded()).as(deleted.message()).isTrue();
      await().atMost(DELIVERY).untilAsserted(() -> assertThat(last(seen).exists()).isFalse());
    } finally {
      registration.remove();
    }
    assertThat(cluster.watch.open()).isZero();
    int delivered = seen.size();
    cluster.writer.create(names.name(), namespace, cluster.instance("shop", "{}"));
    await()
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(2))
        .untilAsserted(() -> assertThat(seen).hasSize(delivered));
  }

  @Test
  void aBurstOfChangesIsDeliveredAsFewSnapshots() {
    List<InstanceSnapshot> seen = new CopyOnWriteArrayList<>();
    Registration registration = cluster.watch.watch(names.name(), namespace, "shop", seen::add);
    try {
      await().atMost(DELIVERY).until(() -> !seen.isEmpty());
      int before = seen.size();
      for (int i = 0; i < 8; i++) {
        cluster.createChild(instance, "palette", "shop-color-" + i);
      }
      await()
          .atMost(DELIVERY)
          .untilAsserted(() -> assertThat(last(seen).children("palette")).hasSize(8));
      assertThat(seen.size() - before).as("eight changes, debounced").isLessThan(8);
    } finally {
      registration.remove();
    }
  }

  @Test
  void snapshotOfAMissingInstanceSaysSo() {
    InstanceSnapshot snapshot = cluster.watch.snapshot(names.name(), namespace, "nobody");

    assertThat(snapshot.exists()).isFalse();
    assertThat(snapshot.children()).isEmpty();
  }

  private static InstanceSnapshot last(List<InstanceSnapshot> seen) {
    return seen.get(seen.size() - 1);
  }

  private static List<NodeTone> tones(InstanceSnapshot snapshot) {
    return snapshot.graph().nodes().stream().map(GraphNode::tone).toList();
  }

  private static GraphNode node(InstanceSnapshot snapshot, String id) {
    return snapshot.graph().nodes().stream()
        .filter(n -> n.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private NodeReport report(String id, String kind, NodeState state, String message) {
    return new NodeReport(
        id,
        "v1",
        kind,
        Optional.of(namespace),
        Optional.of("shop-" + id),
        state,
        Optional.ofNullable(message),
        1,
        state == NodeState.SKIPPED ? 0 : 1);
  }
}
