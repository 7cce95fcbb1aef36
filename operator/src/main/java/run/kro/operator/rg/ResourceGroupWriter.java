package run.kro.operator.rg;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import run.kro.backend.api.KroMetadata;
import run.kro.operator.kube.ApiErrors;
import run.kro.operator.kube.Json;
import run.kro.operator.kube.OwnWrites;
import run.kro.operator.kube.ResourceKinds;
import run.kro.operator.kube.StatusWriter;

/**
 * The writes the ResourceGroup controller makes on a ResourceGroup: its finalizer and its status,
 * only when needed.
 */
final class ResourceGroupWriter {

  private final KubernetesClient client;
  private final ResourceKinds kinds;
  private final ResourceGroupStatus status;
  private final StatusWriter statusWriter;

  ResourceGroupWriter(KubernetesClient client, ResourceKinds kinds, ResourceGroupStatus status) {
    this.client = client;
    this.kinds = kinds;
    this.status = status;
    this.statusWriter = new StatusWriter(client, new OwnWrites());
  }

  GenericKubernetesResource ensureFinalizer(
      ResourceGroupKey key, GenericKubernetesResource resourceGroup) {
    if (finalizers(resourceGroup).contains(KroMetadata.FINALIZER)) {
      return resourceGroup;
    }
    return resource(key)
        .edit(
            rg -> {
              List<String> finalizers = new ArrayList<>(finalizers(rg));
              finalizers.add(KroMetadata.FINALIZER);
              rg.getMetadata().setFinalizers(finalizers);
              return rg;
            });
  }

  void releaseFinalizer(ResourceGroupKey key, GenericKubernetesResource resourceGroup) {
    if (!finalizers(resourceGroup).contains(KroMetadata.FINALIZER)) {
      return;
    }
    try {
      resource(key)
          .edit(
              rg -> {
                List<String> finalizers = new ArrayList<>(finalizers(rg));
                finalizers.remove(KroMetadata.FINALIZER);
                rg.getMetadata().setFinalizers(finalizers);
                return rg;
              });
    } catch (KubernetesClientException e) {
      if (!ApiErrors.isNotFound(e)) {
        throw e;
      }
    }
  }

  void status(
      ResourceGroupKey key,
      GenericKubernetesResource resourceGroup,
      ResourceGroupStatus.Observation observation) {
    var previous = Json.tree(resourceGroup).path("status");
    long generation = Optional.ofNullable(resourceGroup.getMetadata().getGeneration()).orElse(0L);
    statusWriter.write(
        resourceGroup,
        kinds.require(ResourceGroupInformers.gvk(key.kind())),
        status.build(previous, generation, observation));
  }

  private Resource<GenericKubernetesResource> resource(ResourceGroupKey key) {
    return client
        .genericKubernetesResources(kinds.require(ResourceGroupInformers.gvk(key.kind())))
        .withName(key.name());
  }

  private static List<String> finalizers(GenericKubernetesResource resourceGroup) {
    return Optional.ofNullable(resourceGroup.getMetadata().getFinalizers()).orElse(List.of());
  }
}
