package run.kro.operator.kube;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.informers.cache.BasicItemStore;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.fabric8.kubernetes.client.informers.cache.ItemStore;
import java.util.stream.Stream;

/**
 * An informer's store that compacts each object ({@link CompactObjects}) as it comes in from the
 * watch.
 */
final class CompactingStore implements ItemStore<GenericKubernetesResource> {

  private final BasicItemStore<GenericKubernetesResource> store =
      new BasicItemStore<>(Cache::metaNamespaceKeyFunc);
  private final CompactObjects compaction;

  CompactingStore(CompactObjects compaction) {
    this.compaction = compaction;
  }

  @Override
  public String getKey(GenericKubernetesResource object) {
    return store.getKey(object);
  }

  @Override
  public GenericKubernetesResource put(String key, GenericKubernetesResource object) {
    return store.put(key, compaction.compact(object));
  }

  @Override
  public GenericKubernetesResource remove(String key) {
    return store.remove(key);
  }

  @Override
  public Stream<String> keySet() {
    return store.keySet();
  }

  @Override
  public Stream<GenericKubernetesResource> values() {
    return store.values();
  }

  @Override
  public int size() {
    return store.size();
  }

  @Override
  public GenericKubernetesResource get(String key) {
    return store.get(key);
  }
}
