package run.kro.operator.rg;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.operator.kube.Changes;
import run.kro.operator.kube.CompactObjects;
import run.kro.operator.kube.KindInformers;
import run.kro.operator.kube.ResourceKinds;

/**
 * Watches ResourceGroups and ResourceGraphDefinitions (the same API under two names) and queues
 * their changes.
 */
final class ResourceGroupInformers implements AutoCloseable {

  private final KindInformers informers;

  ResourceGroupInformers(
      KubernetesClient client,
      ResourceKinds kinds,
      Duration resync,
      Consumer<ResourceGroupKey> enqueue) {
    this.informers =
        new KindInformers(
            "resource-group",
            client,
            kinds,
            Optional.empty(),
            resync,
            CompactObjects.withoutManagedFields(),
            new Events(enqueue));
  }

  void start() {
    for (ResourceGroupKind kind : ResourceGroupKind.values()) {
      informers.ensure(gvk(kind));
    }
  }

  boolean synced() {
    return informers.synced();
  }

  Optional<GenericKubernetesResource> get(ResourceGroupKey key) {
    return informers.get(gvk(key.kind()), Optional.empty(), key.name());
  }

  /** Every ResourceGroup known, e.g. to retry those waiting for a kind when CRDs change. */
  List<ResourceGroupKey> all() {
    return Arrays.stream(ResourceGroupKind.values())
        .flatMap(kind -> informers.cached(gvk(kind)).stream().map(Events::key))
        .toList();
  }

  @Override
  public void close() {
    informers.close();
  }

  static GroupVersionKind gvk(ResourceGroupKind kind) {
    return new GroupVersionKind(ResourceGroupKind.GROUP, ResourceGroupKind.VERSION, kind.kind());
  }

  private record Events(Consumer<ResourceGroupKey> enqueue)
      implements ResourceEventHandler<GenericKubernetesResource> {

    static ResourceGroupKey key(GenericKubernetesResource resourceGroup) {
      return new ResourceGroupKey(
          ResourceGroupKind.fromKind(resourceGroup.getKind()).orElseThrow(),
          resourceGroup.getMetadata().getName());
    }

    @Override
    public void onAdd(GenericKubernetesResource resourceGroup) {
      enqueue.accept(key(resourceGroup));
    }

    @Override
    public void onUpdate(GenericKubernetesResource before, GenericKubernetesResource after) {
      if (Changes.needWork(before, after)) {
        enqueue.accept(key(after));
      }
    }

    @Override
    public void onDelete(
        GenericKubernetesResource resourceGroup, boolean deletedFinalStateUnknown) {
      enqueue.accept(key(resourceGroup));
    }
  }
}
