package run.kro.operator.kube;

import io.fabric8.kubernetes.api.model.APIGroup;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import run.kro.backend.kinds.GroupVersionKind;

/**
 * The REST resource (plural, scope) of a kind, found by API discovery and cached per group-version.
 * A kind that is not found is looked up again on the next call, because CRDs appear at any time (a
 * ResourceGroup's generated CRD, a chained ResourceGroup's kind).
 */
public final class ResourceKinds {

  private final KubernetesClient client;
  private final Map<String, Map<String, ResourceDefinitionContext>> byGroupVersion =
      new ConcurrentHashMap<>();

  public ResourceKinds(KubernetesClient client) {
    this.client = client;
  }

  /** The resource of {@code gvk}, or empty when the cluster does not serve it. */
  public Optional<ResourceDefinitionContext> find(GroupVersionKind gvk) {
    ResourceDefinitionContext cached =
        byGroupVersion.getOrDefault(gvk.apiVersion(), Map.of()).get(gvk.kind());
    if (cached != null) {
      return Optional.of(cached);
    }
    return Optional.ofNullable(discover(gvk.apiVersion()).get(gvk.kind()));
  }

  /** Like {@link #find}, for kinds the caller knows exist. */
  public ResourceDefinitionContext require(GroupVersionKind gvk) {
    return find(gvk).orElseThrow(() -> new KindNotServedException(gvk));
  }

  /** The group's preferred version, for ApplySet inventories that record group-kinds only. */
  public Optional<String> preferredVersion(String group) {
    if (group.isEmpty()) {
      return Optional.of("v1");
    }
    APIGroup apiGroup = client.getApiGroup(group);
    return apiGroup == null || apiGroup.getPreferredVersion() == null
        ? Optional.empty()
        : Optional.of(apiGroup.getPreferredVersion().getVersion());
  }

  /** Forgets a group-version, e.g. after its CRD changed. */
  public void forget(String apiVersion) {
    byGroupVersion.remove(apiVersion);
  }

  private Map<String, ResourceDefinitionContext> discover(String apiVersion) {
    APIResourceList list;
    try {
      list = client.getApiResources(apiVersion);
    } catch (KubernetesClientException e) {
      if (e.getCode() == 404) {
        return Map.of();
      }
      throw e;
    }
    if (list == null) {
      return Map.of();
    }
    Map<String, ResourceDefinitionContext> kinds = new ConcurrentHashMap<>();
    for (APIResource resource : list.getResources()) {
      if (!resource.getName().contains("/")) {
        kinds.put(
            resource.getKind(), ResourceDefinitionContext.fromApiResource(apiVersion, resource));
      }
    }
    byGroupVersion.put(apiVersion, kinds);
    return kinds;
  }
}
