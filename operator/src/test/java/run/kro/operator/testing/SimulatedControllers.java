package run.kro.operator.testing;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stand-ins for the controllers a real cluster runs and the test API server does not: the Deployment controller and
 * kubelets (every Deployment becomes available with all its replicas) and AWS Controllers for Kubernetes (every
 * ACK resource of the given kinds gets an ARN in its status). They write only status, as those controllers would.
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

  /** ACK resources of {@code kind} in {@code apiVersion}: their status gets {@code ackResourceMetadata.arn}. */
  public SimulatedControllers ack(String apiVersion, String kind) {
    informers.add(client.genericKubernetesResources(apiVersion, kind).inAnyNamespace()
        .inform(onChange(this::provision)));
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
