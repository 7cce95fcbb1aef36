package run.kro.operator.kube;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Optional;
import run.kro.backend.kinds.GroupVersionKind;

/** Reads one object of any kind straight from the API server; absent when it does not exist. */
public final class ObjectReader {

  private final KubernetesClient client;
  private final ResourceKinds kinds;

  public ObjectReader(KubernetesClient client, ResourceKinds kinds) {
    this.client = client;
    this.kinds = kinds;
  }

  public Optional<GenericKubernetesResource> get(
      GroupVersionKind gvk, Optional<String> namespace, String name) {
    try {
      var resources = client.genericKubernetesResources(kinds.require(gvk));
      return Optional.ofNullable(
          namespace.isPresent()
              ? resources.inNamespace(namespace.get()).withName(name).get()
              : resources.withName(name).get());
    } catch (KubernetesClientException e) {
      if (ApiErrors.isNotFound(e)) {
        return Optional.empty();
      }
      throw e;
    }
  }
}
