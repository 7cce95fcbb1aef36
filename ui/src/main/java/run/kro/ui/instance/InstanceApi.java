package run.kro.ui.instance;

import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.Optional;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.backend.model.ResourceGroupKind;

/**
 * The API a ResourceGroup generates, as installed in the cluster: the instance kind, the CRD's
 * plural and scope.
 *
 * @param resourceGroup the name of the ResourceGroup (or ResourceGraphDefinition) that defines it
 */
public record InstanceApi(
    String resourceGroup,
    ResourceGroupKind sourceKind,
    GroupVersionKind gvk,
    String plural,
    boolean namespaced,
    Optional<String> description) {

  /** How fabric8 addresses the instances, without API discovery. */
  public ResourceDefinitionContext context() {
    return new ResourceDefinitionContext.Builder()
        .withGroup(gvk.group())
        .withVersion(gvk.version())
        .withKind(gvk.kind())
        .withPlural(plural)
        .withNamespaced(namespaced)
        .build();
  }

  /** {@code Kind.group}, as Kubernetes names a kind in messages. */
  public String describe() {
    return gvk.kind() + "." + gvk.group();
  }
}
