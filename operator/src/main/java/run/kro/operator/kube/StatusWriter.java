package run.kro.operator.kube;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

/**
 * Writes an object's status subresource when, and only when, it differs from what the object has (a
 * no-op reconcile writes nothing: docs/design.md#writing-nothing-when-nothing-changed). A conflict
 * with a concurrent change is retried on the fresh object.
 */
public final class StatusWriter {

  private static final int ATTEMPTS = 3;

  private final KubernetesClient client;
  private final OwnWrites ownWrites;

  public StatusWriter(KubernetesClient client, OwnWrites ownWrites) {
    this.client = client;
    this.ownWrites = ownWrites;
  }

  /**
   * @return whether a write was made
   */
  public boolean write(
      GenericKubernetesResource instance, ResourceDefinitionContext context, JsonNode status) {
    // Informer caches hand out shared objects: work on a copy.
    GenericKubernetesResource current = Json.generic(Json.MAPPER.valueToTree(instance));
    for (int attempt = 1; ; attempt++) {
      if (JsonEquality.equal(
          Json.MAPPER.valueToTree(
              current
                  .getAdditionalProperties()
                  .getOrDefault("status", Json.MAPPER.createObjectNode())),
          status)) {
        return false;
      }
      current.setAdditionalProperty("status", Json.MAPPER.convertValue(status, Object.class));
      var resources = client.genericKubernetesResources(context);
      var target =
          current.getMetadata().getNamespace() == null
              ? resources.resource(current)
              : resources.inNamespace(current.getMetadata().getNamespace()).resource(current);
      try {
        ownWrites.wrote(target.updateStatus());
        return true;
      } catch (KubernetesClientException e) {
        if (!ApiErrors.isConflict(e) || attempt == ATTEMPTS) {
          throw e;
        }
        var fresh =
            current.getMetadata().getNamespace() == null
                ? resources.withName(current.getMetadata().getName()).get()
                : resources
                    .inNamespace(current.getMetadata().getNamespace())
                    .withName(current.getMetadata().getName())
                    .get();
        if (fresh == null) {
          return false;
        }
        current = fresh;
      }
    }
  }
}
