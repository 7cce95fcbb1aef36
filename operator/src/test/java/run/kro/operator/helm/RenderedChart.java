package run.kro.operator.helm;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The objects a {@code helm template} run printed, in its order, with look-ups by kind and name.
 */
record RenderedChart(List<GenericKubernetesResource> objects) {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static RenderedChart parse(String manifests) {
    List<GenericKubernetesResource> objects = new ArrayList<>();
    try (MappingIterator<Map<String, Object>> documents =
        YAML.readerForMapOf(Object.class).readValues(manifests)) {
      while (documents.hasNext()) {
        Map<String, Object> document = documents.next();
        if (document != null && !document.isEmpty()) {
          objects.add(
              Serialization.jsonMapper().convertValue(document, GenericKubernetesResource.class));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the rendered chart is not YAML:\n" + manifests, e);
    }
    return new RenderedChart(List.copyOf(objects));
  }

  List<GenericKubernetesResource> ofKind(String kind) {
    return objects.stream().filter(o -> kind.equals(o.getKind())).toList();
  }

  Optional<GenericKubernetesResource> find(String kind, String name) {
    return ofKind(kind).stream().filter(o -> name.equals(o.getMetadata().getName())).findFirst();
  }

  /** The object, or a failure that lists what was rendered instead. */
  GenericKubernetesResource get(String kind, String name) {
    return find(kind, name)
        .orElseThrow(
            () ->
                new AssertionError(
                    "no "
                        + kind
                        + " "
                        + name
                        + " rendered; got "
                        + objects.stream()
                            .map(o -> o.getKind() + "/" + o.getMetadata().getName())
                            .toList()));
  }

  /** The object as a typed model, e.g. {@code Deployment.class}. */
  <T> T get(String kind, String name, Class<T> type) {
    return Serialization.jsonMapper().convertValue(get(kind, name), type);
  }

  <T> List<T> ofKind(String kind, Class<T> type) {
    return ofKind(kind).stream()
        .map(o -> Serialization.jsonMapper().convertValue(o, type))
        .toList();
  }

  List<String> kinds() {
    return objects.stream().map(GenericKubernetesResource::getKind).distinct().sorted().toList();
  }
}
