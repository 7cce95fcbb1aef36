package run.kro.operator.rg;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.HashMap;
import java.util.Map;
import run.kro.backend.api.KroMetadata;
import run.kro.operator.kube.ApiErrors;
import run.kro.operator.kube.Json;

/**
 * Writes and clears {@code kro.run/admitted-revision} on instances: a merge patch of that one
 * annotation, so that nothing else on the instance is touched. The instance's controller sees the
 * change and moves the instance.
 */
final class InstanceAdmissions {

  private final KubernetesClient client;

  InstanceAdmissions(KubernetesClient client) {
    this.client = client;
  }

  void admit(ResourceDefinitionContext kind, RolloutInstance instance, long revision) {
    patch(kind, instance, Long.toString(revision));
  }

  void clear(ResourceDefinitionContext kind, RolloutInstance instance) {
    patch(kind, instance, null);
  }

  private void patch(ResourceDefinitionContext kind, RolloutInstance instance, String value) {
    Map<String, String> annotations = new HashMap<>();
    annotations.put(KroMetadata.ADMITTED_REVISION, value);
    String patch =
        Json.MAPPER
            .createObjectNode()
            .set(
                "metadata",
                Json.MAPPER
                    .createObjectNode()
                    .set("annotations", Json.MAPPER.valueToTree(annotations)))
            .toString();
    var resources = client.genericKubernetesResources(kind);
    var resource =
        instance.namespace().isEmpty()
            ? resources.withName(instance.name())
            : resources.inNamespace(instance.namespace()).withName(instance.name());
    try {
      resource.patch(PatchContext.of(PatchType.JSON_MERGE), patch);
    } catch (KubernetesClientException e) {
      // Deleted meanwhile: nothing to admit.
      if (!ApiErrors.isNotFound(e)) {
        throw e;
      }
    }
  }
}
