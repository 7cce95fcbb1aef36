package run.kro.operator.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetStatusBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobConditionBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatusBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stand-ins for the controllers a real cluster runs and the test API server does not: the Deployment controller and
 * kubelets (every Deployment and StatefulSet becomes ready with all its replicas), the Job controller (every Job
 * succeeds at once) and AWS Controllers for Kubernetes (every ACK resource of the given kinds gets an ARN in its
 * status). They write only status, as those controllers would.
 */
public final class SimulatedControllers implements AutoCloseable {

  private final KubernetesClient client;
  private final List<SharedIndexInformer<?>> informers = new ArrayList<>();

  public SimulatedControllers(KubernetesClient client) {
    this.client = client;
  }

  public SimulatedControllers deployments() {
    informers.add(client.apps().deployments().inAnyNamespace().inform(onChange(this::makeAvailable)));
    return this;
  }

  public SimulatedControllers statefulSets() {
    informers.add(client.apps().statefulSets().inAnyNamespace().inform(onChange(this::makeReady)));
    return this;
  }

  public SimulatedControllers jobs() {
    informers.add(client.batch().v1().jobs().inAnyNamespace().inform(onChange(this::complete)));
    return this;
  }

  /**
   * ACK resources of the kind {@code crd} defines: their status gets {@code ackResourceMetadata.arn}. Addressed from
   * the CRD itself, not by discovery, which may not list a CRD yet although it is established.
   */
  public SimulatedControllers ack(GenericKubernetesResource crd) {
    JsonNode spec = Cluster.tree(crd).path("spec");
    ResourceDefinitionContext kind = new ResourceDefinitionContext.Builder()
        .withGroup(spec.path("group").asText())
        .withVersion(spec.path("versions").get(0).path("name").asText())
        .withKind(spec.path("names").path("kind").asText())
        .withPlural(spec.path("names").path("plural").asText())
        .withNamespaced("Namespaced".equals(spec.path("scope").asText()))
        .build();
    informers.add(client.genericKubernetesResources(kind).inAnyNamespace().inform(onChange(this::provision)));
    return this;
  }

  private void makeAvailable(Deployment deployment) {
    int replicas = Objects.requireNonNullElse(deployment.getSpec().getReplicas(), 1);
    if (deployment.getStatus() != null && Objects.equals(deployment.getStatus().getAvailableReplicas(), replicas)) {
      return;
    }
    deployment.setStatus(new DeploymentStatusBuilder().withReplicas(replicas).withReadyReplicas(replicas)
        .withAvailableReplicas(replicas).withUpdatedReplicas(replicas)
        .withObservedGeneration(deployment.getMetadata().getGeneration()).build());
    client.apps().deployments().inNamespace(deployment.getMetadata().getNamespace()).resource(deployment)
        .updateStatus();
  }

  private void makeReady(StatefulSet statefulSet) {
    int replicas = Objects.requireNonNullElse(statefulSet.getSpec().getReplicas(), 1);
    if (statefulSet.getStatus() != null && Objects.equals(statefulSet.getStatus().getReadyReplicas(), replicas)) {
      return;
    }
    statefulSet.setStatus(new StatefulSetStatusBuilder().withReplicas(replicas).withReadyReplicas(replicas)
        .withAvailableReplicas(replicas).withCurrentReplicas(replicas).withUpdatedReplicas(replicas)
        .withObservedGeneration(statefulSet.getMetadata().getGeneration()).build());
    client.apps().statefulSets().inNamespace(statefulSet.getMetadata().getNamespace()).resource(statefulSet)
        .updateStatus();
  }

  /** The API server checks a finished Job's status: start and completion times, and SuccessCriteriaMet first. */
  private void complete(Job job) {
    if (job.getStatus() != null && job.getStatus().getSucceeded() != null && job.getStatus().getSucceeded() > 0) {
      return;
    }
    String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    job.setStatus(new JobStatusBuilder().withStartTime(now).withCompletionTime(now).withSucceeded(1)
        .withConditions(
            new JobConditionBuilder().withType("SuccessCriteriaMet").withStatus("True")
                .withLastProbeTime(now).withLastTransitionTime(now).build(),
            new JobConditionBuilder().withType("Complete").withStatus("True")
                .withLastProbeTime(now).withLastTransitionTime(now).build())
        .build());
    client.batch().v1().jobs().inNamespace(job.getMetadata().getNamespace()).resource(job).updateStatus();
  }

  private void provision(GenericKubernetesResource resource) {
    if (resource.getAdditionalProperties().get("status") instanceof Map<?, ?> status
        && status.containsKey("ackResourceMetadata")) {
      return;
    }
    String arn = "arn:aws:" + resource.getKind().toLowerCase() + "::123456789012:" + resource.getMetadata().getName();
    resource.setAdditionalProperty("status", Map.of("ackResourceMetadata", Map.of("arn", arn, "ownerAccountID",
        "123456789012")));
    client.genericKubernetesResources(resource.getApiVersion(), resource.getKind())
        .inNamespace(resource.getMetadata().getNamespace()).resource(resource).updateStatus();
  }

  @Override
  public void close() {
    informers.forEach(SharedIndexInformer::close);
  }

  /** Runs {@code action}, ignoring failures: a conflict with a concurrent write comes back with that write's event. */
  private static <T> OnChange<T> onChange(java.util.function.Consumer<T> action) {
    return new OnChange<>(object -> {
      try {
        action.accept(object);
      } catch (RuntimeException e) {
        // retried on the next event
      }
    });
  }
}
