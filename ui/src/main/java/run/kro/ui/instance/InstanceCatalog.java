package run.kro.ui.instance;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import run.kro.ui.base.ClusterAccess;
import run.kro.ui.rg.ApiErrorText;

/**
 * The instances of a ResourceGroup's API across the namespaces the console may read, and the APIs
 * themselves. When listing across all namespaces is forbidden, each namespace of {@link
 * NamespaceChoices} is listed on its own and the forbidden ones are left out.
 */
@Service
public class InstanceCatalog {

  private final ClusterAccess cluster;
  private final InstanceApis apis;
  private final NamespaceChoices namespaces;

  public InstanceCatalog(ClusterAccess cluster, InstanceApis apis, NamespaceChoices namespaces) {
    this.cluster = cluster;
    this.apis = apis;
    this.namespaces = namespaces;
  }

  /** One per ResourceGroup whose generated CRD exists. */
  public List<ApiSummary> apis() {
    return apis.list();
  }

  /**
   * Instances of ResourceGroup {@code rgName}'s API, by namespace and name.
   *
   * @throws InstanceApiException when the API is not installed or the server refuses the list
   */
  public List<InstanceSummary> list(String rgName) {
    InstanceApi api = apis.resolve(rgName);
    return read(api).stream()
        .map(this::summarize)
        .sorted(
            Comparator.comparing(InstanceSummary::namespace).thenComparing(InstanceSummary::name))
        .toList();
  }

  /**
   * Every instance of every API the user can read, by API kind, namespace and name; an API whose
   * instances cannot be read is named in {@link AllInstances#unreadable()} rather than failing the
   * whole list.
   */
  public AllInstances all() {
    List<ListedInstance> listed = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    for (ApiSummary summary : apis.list()) {
      try {
        list(summary.resourceGroup())
            .forEach(
                instance ->
                    listed.add(
                        new ListedInstance(summary.resourceGroup(), summary.kind(), instance)));
      } catch (InstanceApiException e) {
        unreadable.add(summary.kind() + ": " + e.getMessage());
      }
    }
    listed.sort(
        Comparator.comparing(ListedInstance::kind)
            .thenComparing(l -> l.summary().namespace())
            .thenComparing(l -> l.summary().name()));
    return new AllInstances(listed, unreadable);
  }

  private List<GenericKubernetesResource> read(InstanceApi api) {
    try {
      return cluster
          .client()
          .genericKubernetesResources(api.context())
          .inAnyNamespace()
          .list()
          .getItems();
    } catch (KubernetesClientException e) {
      if (e.getCode() == ApiErrorText.FORBIDDEN && !api.namespaced()) {
        throw new InstanceApiException(
            "you may not list "
                + api.plural()
                + " (API group "
                + api.gvk().group()
                + "): "
                + api.gvk().kind()
                + " is cluster-scoped, and your rights in namespaces do not cover it");
      }
      if (e.getCode() != ApiErrorText.FORBIDDEN) {
        throw new InstanceApiException("cannot list " + api.describe() + ": " + ApiErrorText.of(e));
      }
    }
    List<GenericKubernetesResource> items = new ArrayList<>();
    for (String namespace : namespaces.namespaces()) {
      try {
        items.addAll(
            cluster
                .client()
                .genericKubernetesResources(api.context())
                .inNamespace(namespace)
                .list()
                .getItems());
      } catch (KubernetesClientException e) {
        if (e.getCode() != ApiErrorText.FORBIDDEN) {
          throw new InstanceApiException(
              "cannot list "
                  + api.describe()
                  + " in namespace "
                  + namespace
                  + ": "
                  + ApiErrorText.of(e));
        }
      }
    }
    return items;
  }

  private InstanceSummary summarize(GenericKubernetesResource object) {
    JsonNode instance =
        cluster.client().getKubernetesSerialization().convertValue(object, JsonNode.class);
    JsonNode metadata = instance.path("metadata");
    return new InstanceSummary(
        metadata.path("namespace").asText(""),
        metadata.path("name").asText(""),
        InstanceStatusReader.state(instance),
        InstanceStatusReader.ready(InstanceStatusReader.conditions(instance)),
        InstanceStatusReader.revision(instance),
        InstanceStatusReader.time(metadata.path("creationTimestamp")),
        metadata.hasNonNull("deletionTimestamp"),
        Optional.ofNullable(object.getMetadata().getAnnotations()).orElse(Map.of()));
  }
}
