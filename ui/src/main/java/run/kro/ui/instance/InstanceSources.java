package run.kro.ui.instance;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventList;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.FilterWatchListDeletable;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import run.kro.backend.api.CompiledResource;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.api.KroMetadata;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.ui.rg.ApiErrorText;

/**
 * Where one instance's pieces live in the API server: the instance itself, its children (objects of
 * the kinds its ResourceGroup applies, labelled with the instance's name and namespace, in any
 * namespace or, when that is forbidden, in the instance's), and the core/v1 Events of the
 * instance's namespace. Reads them once, or hands out the operations for informers.
 */
final class InstanceSources {

  private final KubernetesClient client;
  private final InstanceApi api;
  private final CompiledResourceGroup compiled;
  private final String namespace;
  private final String name;

  InstanceSources(
      KubernetesClient client,
      InstanceApi api,
      CompiledResourceGroup compiled,
      String namespace,
      String name) {
    this.client = client;
    this.api = api;
    this.compiled = compiled;
    this.namespace = namespace;
    this.name = name;
  }

  Resource<GenericKubernetesResource> instance() {
    return client.genericKubernetesResources(api.context()).inNamespace(namespace).withName(name);
  }

  /**
   * The kinds kro applies for this ResourceGroup; external references are only read, so they carry
   * no labels.
   */
  List<GroupVersionKind> childKinds() {
    return compiled.resources().values().stream()
        .filter(r -> !r.shape().isExternal())
        .map(CompiledResource::gvk)
        .distinct()
        .toList();
  }

  NonNamespaceOperation<Event, EventList, Resource<Event>> events() {
    return client.v1().events().inNamespace(namespace);
  }

  /**
   * Calls {@code start} with the children of {@code kind} across namespaces, then in the instance's
   * namespace if that was forbidden; empty when the server does not know the kind (no children of
   * it can exist yet) or reading it is forbidden everywhere.
   */
  <T> Optional<T> forChildren(
      GroupVersionKind kind,
      Function<
              FilterWatchListDeletable<
                  GenericKubernetesResource,
                  GenericKubernetesResourceList,
                  Resource<GenericKubernetesResource>>,
              T>
          start) {
    MixedOperation<
            GenericKubernetesResource,
            GenericKubernetesResourceList,
            Resource<GenericKubernetesResource>>
        op;
    try {
      op = client.genericKubernetesResources(kind.apiVersion(), kind.kind()); // discovery
    } catch (KubernetesClientException e) {
      return Optional.empty();
    }
    for (boolean anyNamespace : new boolean[] {true, false}) {
      try {
        var scoped =
            (anyNamespace ? op.inAnyNamespace() : op.inNamespace(namespace))
                .withLabel(KroMetadata.INSTANCE_NAME, name)
                .withLabel(KroMetadata.INSTANCE_NAMESPACE, namespace);
        // Asked here, so that a 403 comes back now, not from an informer's background thread that
        // just stops.
        scoped.list(new ListOptionsBuilder().withLimit(1L).build());
        return Optional.of(start.apply(scoped));
      } catch (KubernetesClientException e) {
        if (e.getCode() == ApiErrorText.NOT_FOUND) {
          return Optional.empty();
        }
        if (e.getCode() != ApiErrorText.FORBIDDEN) {
          throw new InstanceApiException(
              "cannot read the "
                  + kind.kind()
                  + " objects of "
                  + describe()
                  + ": "
                  + ApiErrorText.of(e));
        }
      }
    }
    return Optional.empty();
  }

  /** Everything, read once. */
  InstanceSnapshot read() {
    try {
      Optional<JsonNode> instance = Optional.ofNullable(instance().get()).map(this::json);
      List<JsonNode> children = new ArrayList<>();
      for (GroupVersionKind kind : childKinds()) {
        forChildren(kind, op -> op.list().getItems())
            .ifPresent(items -> items.stream().map(this::json).forEach(children::add));
      }
      return assemble(instance, children, readEvents());
    } catch (KubernetesClientException e) {
      throw new InstanceApiException(
          "cannot read "
              + api.describe()
              + " "
              + namespace
              + "/"
              + name
              + ": "
              + ApiErrorText.of(e));
    }
  }

  InstanceSnapshot assemble(
      Optional<JsonNode> instance, Collection<JsonNode> children, Collection<Event> events) {
    return InstanceSnapshots.of(compiled, namespace, name, instance, children, events);
  }

  JsonNode json(Object object) {
    return client.getKubernetesSerialization().convertValue(object, JsonNode.class);
  }

  String describe() {
    return api.describe() + " " + namespace + "/" + name;
  }

  private List<Event> readEvents() {
    try {
      return events().list().getItems();
    } catch (KubernetesClientException e) {
      if (e.getCode() == ApiErrorText.FORBIDDEN) {
        return List.of(); // events are a help, not a must
      }
      throw e;
    }
  }
}
