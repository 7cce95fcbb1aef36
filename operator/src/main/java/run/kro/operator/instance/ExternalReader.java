package run.kro.operator.instance;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Comparator;
import java.util.List;
import run.kro.backend.api.ExternalTarget;
import run.kro.operator.kube.Json;
import run.kro.operator.kube.KindInformers;
import run.kro.operator.kube.ResourceKinds;

/**
 * Reads what an external reference points at, never writing it: one object by name (from the watch
 * cache) or the objects a selector matches, sorted by namespace and name so that dependents see a
 * stable list.
 */
final class ExternalReader {

  private final KubernetesClient client;
  private final ResourceKinds kinds;
  private final KindInformers externals;

  ExternalReader(KubernetesClient client, ResourceKinds kinds, KindInformers externals) {
    this.client = client;
    this.kinds = kinds;
    this.externals = externals;
  }

  /** The objects found: none or one for a reference by name, any number for a selector. */
  List<JsonNode> read(ExternalTarget target) {
    externals.ensure(target.gvk());
    if (!target.isCollection()) {
      return externals.get(target.gvk(), target.namespace(), target.name().orElseThrow()).stream()
          .map(o -> (JsonNode) Json.MAPPER.valueToTree(o))
          .toList();
    }
    var resources = client.genericKubernetesResources(kinds.require(target.gvk()));
    String selector = target.labelSelector().orElse("");
    var scoped =
        target.namespace().isPresent()
            ? resources.inNamespace(target.namespace().get())
            : resources.inAnyNamespace();
    List<GenericKubernetesResource> items =
        (selector.isEmpty() ? scoped : scoped.withLabelSelector(selector)).list().getItems();
    return items.stream()
        .sorted(
            Comparator.comparing(
                    (GenericKubernetesResource o) -> String.valueOf(o.getMetadata().getNamespace()))
                .thenComparing(o -> o.getMetadata().getName()))
        .map(o -> (JsonNode) Json.MAPPER.valueToTree(o))
        .toList();
  }
}
