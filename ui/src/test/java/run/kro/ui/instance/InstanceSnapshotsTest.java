package run.kro.ui.instance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.ui.graph.GraphNode;
import run.kro.ui.graph.NodeTone;
import run.kro.ui.testing.FixtureNames;

class InstanceSnapshotsTest {

  private static final CompiledResourceGroup WIDGETS =
      InstanceFixtures.compiled("widgets.yaml", new FixtureNames("widgets", "Widget"));
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void keepsThisInstancesChildrenAndEventsAndReadsItsStatus() throws Exception {
    JsonNode instance =
        JSON.readTree(
            """
        {"apiVersion": "kro.run/v1alpha1", "kind": "Widget",
         "metadata": {"name": "shop", "namespace": "team-a", "uid": "i-1"},
         "status": {"state": "IN_PROGRESS", "graphRevision": 3,
           "conditions": [{"type": "Ready", "status": "False", "reason": "Waiting", "message": "app not ready",
                           "lastTransitionTime": "2026-01-01T10:00:00Z"}],
           "managedResources": [{"id": "config", "apiVersion": "v1", "kind": "ConfigMap", "namespace": "team-a",
                                 "name": "shop-config", "state": "SYNCED", "desired": 1, "observed": 1}]}}""");
    List<JsonNode> children =
        List.of(
            child("shop-blue", "palette", "shop", "i-1", "1", "c-2"),
            child("shop-red", "palette", "shop", "i-1", "0", "c-1"),
            child("shop-config", "config", "shop", "i-1", null, "c-3"),
            child("old-config", "config", "shop", "i-0", null, "c-4"),
            child("other-config", "config", "other", "i-9", null, "c-5"));
    List<Event> events =
        List.of(
            event("i-1", "Widget", "shop", "Normal", "Created", "2026-01-01T10:00:00Z"),
            event("c-1", "ConfigMap", "shop-red", "Warning", "Failed", "2026-01-01T10:05:00Z"),
            event("c-5", "ConfigMap", "other-config", "Normal", "Noise", "2026-01-01T10:06:00Z"));

    InstanceSnapshot snapshot =
        InstanceSnapshots.of(WIDGETS, "team-a", "shop", Optional.of(instance), children, events);

    assertThat(snapshot.state()).contains("IN_PROGRESS");
    assertThat(snapshot.revision()).contains(3L);
    assertThat(snapshot.conditions())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.type()).isEqualTo("Ready");
              assertThat(c.isTrue()).isFalse();
              assertThat(c.message()).isEqualTo("app not ready");
              assertThat(c.lastTransitionTime()).contains(Instant.parse("2026-01-01T10:00:00Z"));
            });
    assertThat(snapshot.children().keySet()).containsExactly("config", "palette");
    assertThat(snapshot.children("palette"))
        .extracting(ChildObject::name)
        .containsExactly("shop-red", "shop-blue");
    assertThat(snapshot.children("config"))
        .extracting(ChildObject::name)
        .containsExactly("shop-config");
    assertThat(snapshot.events())
        .extracting(InstanceEvent::reason)
        .containsExactly("Failed", "Created");
    assertThat(snapshot.events().get(0))
        .extracting(InstanceEvent::objectKind, InstanceEvent::objectName, InstanceEvent::isWarning)
        .containsExactly("ConfigMap", "shop-red", true);
    assertThat(snapshot.graph().nodes())
        .filteredOn(n -> n.id().equals("config"))
        .extracting(GraphNode::tone)
        .containsExactly(NodeTone.READY);
    assertThat(snapshot.exists()).isTrue();
    assertThat(snapshot.deleting()).isFalse();
  }

  @Test
  void anAbsentInstanceHasNoStatusAndEveryNodeWaits() {
    InstanceSnapshot snapshot =
        InstanceSnapshots.of(WIDGETS, "team-a", "gone", Optional.empty(), List.of(), List.of());

    assertThat(snapshot.exists()).isFalse();
    assertThat(snapshot.state()).isEmpty();
    assertThat(snapshot.graph().nodes())
        .extracting(GraphNode::tone)
        .containsOnly(NodeTone.IN_PROGRESS);
  }

  private static JsonNode child(
      String name, String nodeId, String instance, String instanceId, String index, String uid)
      throws Exception {
    String labels =
        "\"kro.run/instance-name\": \"%s\", \"kro.run/instance-namespace\": \"team-a\", \"kro.run/instance-id\": \"%s\", \"kro.run/node-id\": \"%s\""
                .formatted(instance, instanceId, nodeId)
            + (index == null ? "" : ", \"kro.run/collection-index\": \"" + index + "\"");
    return JSON.readTree(
        """
        {"apiVersion": "v1", "kind": "ConfigMap",
         "metadata": {"name": "%s", "namespace": "team-a", "uid": "%s", "labels": {%s}}}"""
            .formatted(name, uid, labels));
  }

  private static Event event(
      String uid, String kind, String name, String type, String reason, String time) {
    return new EventBuilder()
        .withNewMetadata()
        .withName(name + "." + reason)
        .withNamespace("team-a")
        .endMetadata()
        .withNewInvolvedObject()
        .withUid(uid)
        .withKind(kind)
        .withName(name)
        .withNamespace("team-a")
        .endInvolvedObject()
        .withType(type)
        .withReason(reason)
        .withMessage(reason + " " + name)
        .withLastTimestamp(time)
        .withCount(1)
        .build();
  }
}
