package run.kro.operator.rg;

import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.EventSourceBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a rollout's Events on its ResourceGroup, and logs each one: together they are the
 * rollout's audit trail. A cluster-scoped object's Events live in namespace {@code default}. An
 * Event that cannot be written is logged and dropped; it never stops the rollout.
 */
final class RolloutEvents {

  static final String NAMESPACE = "default";
  static final String COMPONENT = "kro-controller";

  private static final Logger LOG = LoggerFactory.getLogger(RolloutEvents.class);

  private final KubernetesClient client;
  private final Clock clock;

  RolloutEvents(KubernetesClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  void record(
      ResourceGroupKey key,
      GenericKubernetesResource resourceGroup,
      List<RolloutProgression.Event> events) {
    for (RolloutProgression.Event event : events) {
      LOG.info("{}: {}: {}", key, event.reason(), event.message());
      try {
        client.v1().events().inNamespace(NAMESPACE).resource(build(resourceGroup, event)).create();
      } catch (KubernetesClientException e) {
        LOG.warn("{}: could not record Event {}: {}", key, event.reason(), e.getMessage());
      }
    }
  }

  private io.fabric8.kubernetes.api.model.Event build(
      GenericKubernetesResource resourceGroup, RolloutProgression.Event event) {
    String now = DateTimeFormatter.ISO_INSTANT.format(clock.instant());
    return new EventBuilder()
        .withNewMetadata()
        .withGenerateName(resourceGroup.getMetadata().getName() + ".")
        .withNamespace(NAMESPACE)
        .endMetadata()
        .withInvolvedObject(
            new ObjectReferenceBuilder()
                .withApiVersion(resourceGroup.getApiVersion())
                .withKind(resourceGroup.getKind())
                .withName(resourceGroup.getMetadata().getName())
                .withUid(resourceGroup.getMetadata().getUid())
                .build())
        .withReason(event.reason())
        .withMessage(event.message())
        .withType(event.warning() ? "Warning" : "Normal")
        .withFirstTimestamp(now)
        .withLastTimestamp(now)
        .withCount(1)
        .withSource(new EventSourceBuilder().withComponent(COMPONENT).build())
        .withReportingComponent(COMPONENT)
        .build();
  }
}
