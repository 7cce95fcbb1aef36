package run.kro.ui.rg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import run.kro.backend.status.InstanceConditions;
import run.kro.backend.status.InstanceState;
import run.kro.backend.status.KroStatusFields;

/**
 * Waits until preloaded example instances are ACTIVE with their Ready condition True, as the
 * controller reports them: the local run's promise that every example comes up. Tells how long that
 * took, or which did not and why.
 */
final class ExampleConvergence {

  private static final Duration POLL = Duration.ofMillis(500);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final KubernetesClient client;
  private final Clock clock;

  ExampleConvergence(KubernetesClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  /**
   * How it ended: the instances still not ACTIVE and Ready at the deadline (empty when all were),
   * and when.
   */
  record Outcome(List<String> notReady, Instant at) {}

  Outcome await(List<HasMetadata> instances, Instant deadline) throws InterruptedException {
    while (true) {
      List<String> notReady = new ArrayList<>();
      for (HasMetadata instance : instances) {
        describeIfNotReady(instance).ifPresent(notReady::add);
      }
      Instant now = clock.instant();
      if (notReady.isEmpty() || now.isAfter(deadline)) {
        return new Outcome(notReady, now);
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  /**
   * "Kind namespace/name: state (Ready message)" for an instance that is not ACTIVE and Ready yet.
   */
  private Optional<String> describeIfNotReady(HasMetadata instance) {
    String name =
        instance.getKind()
            + " "
            + (instance.getMetadata().getNamespace() == null
                ? ""
                : instance.getMetadata().getNamespace() + "/")
            + instance.getMetadata().getName();
    JsonNode status;
    try {
      var kind = client.genericKubernetesResources(instance.getApiVersion(), instance.getKind());
      String namespace = instance.getMetadata().getNamespace();
      GenericKubernetesResource current =
          (namespace == null
                  ? kind.withName(instance.getMetadata().getName())
                  : kind.inNamespace(namespace).withName(instance.getMetadata().getName()))
              .get();
      if (current == null) {
        return Optional.of(name + ": not created");
      }
      status = JSON.valueToTree(current.getAdditionalProperties()).path("status");
    } catch (KubernetesClientException e) {
      return Optional.of(name + ": " + e.getMessage());
    }
    ReadyCondition ready = readyCondition(status);
    String state = status.path(KroStatusFields.STATE).asText("");
    boolean done =
        InstanceState.ACTIVE.name().equals(state) && ready.status() == ReadyCondition.Status.TRUE;
    return done
        ? Optional.empty()
        : Optional.of(
            name
                + ": "
                + (state.isEmpty() ? "no state" : state)
                + (ready.message().isEmpty() ? "" : " (" + ready.message() + ")"));
  }

  private static ReadyCondition readyCondition(JsonNode status) {
    for (JsonNode condition : status.path(KroStatusFields.CONDITIONS)) {
      if (InstanceConditions.READY.equals(condition.path("type").asText())) {
        return new ReadyCondition(
            ReadyCondition.Status.of(condition.path("status").asText()),
            condition.path("message").asText(""));
      }
    }
    return ReadyCondition.NOT_REPORTED;
  }
}
