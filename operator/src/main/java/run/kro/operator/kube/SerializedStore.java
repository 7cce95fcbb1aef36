package run.kro.operator.kube;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.fabric8.kubernetes.client.informers.cache.ItemStore;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * An informer's store that keeps each object as its JSON text, after compacting it ({@link
 * CompactObjects}), deflated ({@link PackedTexts}: about a sixth of the text for a child), and
 * reads it back on every get. The controller holds every instance and child, and an object held as
 * fabric8's maps of maps costs about six times its text: map entries, hash tables and boxed leaves,
 * not the data (JSON is ASCII, so a Java string holds it at a byte a character). A read parses the
 * object again (microseconds for a child), so every caller gets its own copy, which it may change
 * without touching the cache. The text is written and read by the client's own serialization, so a
 * read gives the same Java types as the watch did.
 */
final class SerializedStore implements ItemStore<GenericKubernetesResource> {

  private final Map<String, byte[]> texts = new ConcurrentHashMap<>();
  private final CompactObjects compaction;
  private final KubernetesSerialization serialization;
  private final PackedTexts packed = new PackedTexts();

  SerializedStore(CompactObjects compaction, KubernetesSerialization serialization) {
    this.compaction = compaction;
    this.serialization = serialization;
  }

  @Override
  public String getKey(GenericKubernetesResource object) {
    return Cache.metaNamespaceKeyFunc(object);
  }

  @Override
  public GenericKubernetesResource put(String key, GenericKubernetesResource object) {
    return read(texts.put(key, write(compaction.compact(object))));
  }

  @Override
  public GenericKubernetesResource remove(String key) {
    return read(texts.remove(key));
  }

  @Override
  public Stream<String> keySet() {
    return texts.keySet().stream();
  }

  @Override
  public Stream<GenericKubernetesResource> values() {
    return texts.values().stream().map(this::read);
  }

  @Override
  public int size() {
    return texts.size();
  }

  @Override
  public GenericKubernetesResource get(String key) {
    return read(texts.get(key));
  }

  private byte[] write(GenericKubernetesResource object) {
    return packed.pack(serialization.asJson(object));
  }

  private GenericKubernetesResource read(byte[] text) {
    return text == null
        ? null
        : serialization.unmarshal(packed.unpack(text), GenericKubernetesResource.class);
  }
}
