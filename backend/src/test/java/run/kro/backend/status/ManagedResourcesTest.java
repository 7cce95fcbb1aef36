package run.kro.backend.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the controller writes into status.managedResources, the console reads back unchanged. */
class ManagedResourcesTest {

  @Test
  void roundTripsAndSkipsEntriesItCannotRead() {
    List<NodeReport> nodes =
        List.of(
            new NodeReport(
                "config",
                "v1",
                "ConfigMap",
                Optional.of("ns"),
                Optional.of("c"),
                NodeState.SYNCED,
                Optional.empty(),
                1,
                1),
            new NodeReport(
                "pods",
                "v1",
                "Pod",
                Optional.of("ns"),
                Optional.empty(),
                NodeState.WAITING_FOR_READINESS,
                Optional.of("waiting for pods: readyWhen ${...} is false"),
                3,
                2));
    ObjectNode status = JsonNodeFactory.instance.objectNode();
    status.set(KroStatusFields.MANAGED_RESOURCES, ManagedResources.toJson(nodes));
    ((ArrayNode) status.get(KroStatusFields.MANAGED_RESOURCES))
        .addObject()
        .put("id", "future")
        .put("state", "SOMETHING_NEW");

    assertThat(ManagedResources.fromStatus(status)).isEqualTo(nodes);
    assertThat(ManagedResources.fromStatus(JsonNodeFactory.instance.objectNode())).isEmpty();
  }
}
