package run.kro.operator.kube;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.fabric8.kubernetes.client.informers.cache.ItemStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * An informer's store that keeps each object as its JSON text (UTF-8 bytes), after compacting it
 * ({@link CompactObjects}), and reads it back on every get. The controller holds every instance and
 * child, and an object held as fabric8's maps of maps costs about six times its text: map entries,
 * hash tables and boxed leaves, not the data. A read parses the object again (microseconds for a
 * child), so every caller gets its own copy, which it may change without touching the cache.
 */
final class SerializedStore implements ItemStore<GenericKubernetesResource> {

  private static final ObjectWriter WRITER = Json.MAPPER.writerFor(GenericKubernetesResource.class);
  private static final ObjectReader READER = Json.MAPPER.readerFor(GenericKubernetesResource.class);

  private final Map<String, byte[]> texts = new ConcurrentHashMap<>();
  private final CompactObjects compaction;

  SerializedStore(CompactObjects compaction) {
    this.compaction = compaction;
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
    return texts.values().stream().map(SerializedStore::read);
  }

  @Override
  public int size() {
    return texts.size();
  }

  @Override
  public GenericKubernetesResource get(String key) {
    return read(texts.get(key));
  }

  private static byte[] write(GenericKubernetesResource object) {
    try {
      return WRITER.writeValueAsBytes(object);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static GenericKubernetesResource read(byte[] text) {
    if (text == null) {
      return null;
    }
    try {
      return READER.readValue(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
