package run.kro.operator.kube;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import run.kro.backend.kinds.GroupVersionKind;

/**
 * One fabric8 informer per kind, across all namespaces, optionally label-selected, all feeding one
 * event handler. Reads go to an informer's cache once it has synced and to the API server before,
 * so a caller never mistakes "not listed yet" for "absent".
 */
public final class KindInformers implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(KindInformers.class);

  private final String name;
  private final KubernetesClient client;
  private final ResourceKinds kinds;
  private final ObjectReader reader;
  private final Optional<String> labelSelector;
  private final Duration resync;
  private final ResourceEventHandler<GenericKubernetesResource> handler;
  private final CompactObjects compaction;
  private final Map<GroupVersionKind, SharedIndexInformer<GenericKubernetesResource>> informers =
      new ConcurrentHashMap<>();

  /**
   * @param compaction what the caches keep of each object
   */
  public KindInformers(
      String name,
      KubernetesClient client,
      ResourceKinds kinds,
      Optional<String> labelSelector,
      Duration resync,
      CompactObjects compaction,
      ResourceEventHandler<GenericKubernetesResource> handler) {
    this.name = name;
    this.client = client;
    this.kinds = kinds;
    this.reader = new ObjectReader(client, kinds);
    this.labelSelector = labelSelector;
    this.resync = resync;
    this.handler = handler;
    this.compaction = compaction;
  }

  /** Starts watching {@code gvk} unless already watching it. */
  public void ensure(GroupVersionKind gvk) {
    informers.computeIfAbsent(gvk, this::start);
  }

  /**
   * Whether every informer started so far has listed its kind once (its cache holds what the server
   * had).
   */
  public boolean synced() {
    return informers.values().stream().allMatch(SharedIndexInformer::hasSynced);
  }

  /** Whether {@code gvk} is watched and its cache holds what the server had. */
  public boolean synced(GroupVersionKind gvk) {
    SharedIndexInformer<GenericKubernetesResource> informer = informers.get(gvk);
    return informer != null && informer.hasSynced();
  }

  public boolean watches(GroupVersionKind gvk) {
    return informers.containsKey(gvk);
  }

  /** The object, from the cache when it is synced, else from the API server. */
  public Optional<GenericKubernetesResource> get(
      GroupVersionKind gvk, Optional<String> namespace, String objectName) {
    SharedIndexInformer<GenericKubernetesResource> informer = informers.get(gvk);
    if (informer != null && informer.hasSynced()) {
      return Optional.ofNullable(
          informer.getStore().getByKey(namespace.map(ns -> ns + "/").orElse("") + objectName));
    }
    return reader.get(gvk, namespace, objectName);
  }

  /** Every cached object of {@code gvk}; empty when not watched or not synced yet. */
  public List<GenericKubernetesResource> cached(GroupVersionKind gvk) {
    SharedIndexInformer<GenericKubernetesResource> informer = informers.get(gvk);
    return informer == null || !informer.hasSynced() ? List.of() : informer.getStore().list();
  }

  public void stop(GroupVersionKind gvk) {
    SharedIndexInformer<GenericKubernetesResource> informer = informers.remove(gvk);
    if (informer != null) {
      informer.stop();
    }
  }

  @Override
  public void close() {
    informers.keySet().forEach(this::stop);
  }

  private SharedIndexInformer<GenericKubernetesResource> start(GroupVersionKind gvk) {
    ResourceDefinitionContext context = kinds.require(gvk);
    var resources = client.genericKubernetesResources(context).inAnyNamespace();
    SharedIndexInformer<GenericKubernetesResource> informer =
        labelSelector
            .map(
                selector ->
                    resources.withLabelSelector(selector).runnableInformer(resync.toMillis()))
            .orElseGet(() -> resources.runnableInformer(resync.toMillis()));
    informer.itemStore(new SerializedStore(compaction, client.getKubernetesSerialization()));
    informer.addEventHandler(handler);
    informer.exceptionHandler(
        (isStarted, t) -> {
          LOG.warn("{} informer for {}: {}", name, gvk, t.toString());
          return true;
        });
    informer.start();
    LOG.debug("{} informer started for {}", name, gvk);
    return informer;
  }
}
