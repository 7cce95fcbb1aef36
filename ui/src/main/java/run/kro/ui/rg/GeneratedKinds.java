package run.kro.ui.rg;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import run.kro.backend.api.KindOwnership;

/**
 * The instance kinds ResourceGroups generate, as the cluster has them: their CRDs, found by group
 * and kind (the controller creates them), and how many instances each has across namespaces.
 */
final class GeneratedKinds {

  private final KubernetesClient client;
  private final Map<String, CustomResourceDefinition> byGroupKind;

  private GeneratedKinds(
      KubernetesClient client, Map<String, CustomResourceDefinition> byGroupKind) {
    this.client = client;
    this.byGroupKind = byGroupKind;
  }

  /** A snapshot of the cluster's CRDs, read once. */
  static GeneratedKinds read(KubernetesClient client) {
    List<CustomResourceDefinition> all;
    try {
      all = client.apiextensions().v1().customResourceDefinitions().list().getItems();
    } catch (KubernetesClientException e) {
      if (e.getCode() != ApiErrorText.NOT_FOUND) {
        throw e;
      }
      all = List.of(); // a server that serves no CRD at all answers 404
    }
    Map<String, CustomResourceDefinition> crds =
        all.stream()
            .collect(
                Collectors.toMap(
                    crd -> key(crd.getSpec().getGroup(), crd.getSpec().getNames().getKind()),
                    Function.identity(),
                    (a, b) -> a));
    return new GeneratedKinds(client, crds);
  }

  Collection<CustomResourceDefinition> all() {
    return byGroupKind.values();
  }

  Optional<CustomResourceDefinition> crd(String group, String kind) {
    return Optional.ofNullable(byGroupKind.get(key(group, kind)));
  }

  /**
   * Whether ResourceGroup {@code resourceGroup} defines {@code group, kind}: the kind's CRD is its
   * own, by the controller's rule ({@link KindOwnership}), or does not exist yet (the ResourceGroup
   * may still define it).
   */
  boolean definedBy(String resourceGroup, String group, String kind) {
    return crd(group, kind).flatMap(c -> KindOwnership.conflict(c, resourceGroup)).isEmpty();
  }

  /**
   * Instances of {@code group/version, kind} of ResourceGroup {@code resourceGroup} in every
   * namespace; 0 when the CRD or that version does not exist yet, or when the kind is another's
   * (their instances are not this one's); empty when the user may not list them across namespaces
   * (developers usually may not).
   */
  OptionalLong instanceCount(String resourceGroup, String group, String version, String kind) {
    if (!definedBy(resourceGroup, group, kind)) {
      return OptionalLong.of(0);
    }
    Optional<CustomResourceDefinition> crd = crd(group, kind);
    boolean served =
        crd.map(
                c ->
                    c.getSpec().getVersions().stream()
                        .anyMatch(
                            v -> v.getName().equals(version) && Boolean.TRUE.equals(v.getServed())))
            .orElse(false);
    if (!served) {
      return OptionalLong.of(0);
    }
    ResourceDefinitionContext context =
        new ResourceDefinitionContext.Builder()
            .withGroup(group)
            .withVersion(version)
            .withKind(kind)
            .withPlural(crd.get().getSpec().getNames().getPlural())
            .withNamespaced("Namespaced".equals(crd.get().getSpec().getScope()))
            .build();
    try {
      return OptionalLong.of(
          client.genericKubernetesResources(context).inAnyNamespace().list().getItems().size());
    } catch (KubernetesClientException e) {
      if (e.getCode() == ApiErrorText.NOT_FOUND) {
        return OptionalLong.of(0); // the CRD was just created and is not served yet
      }
      if (e.getCode() == ApiErrorText.FORBIDDEN) {
        return OptionalLong.empty();
      }
      throw e;
    }
  }

  private static String key(String group, String kind) {
    return kind + "." + group;
  }
}
