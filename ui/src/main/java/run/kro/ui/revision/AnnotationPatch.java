package run.kro.ui.revision;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON merge patch of {@code metadata.annotations}: it sets the annotations given a value and
 * removes those given none, and touches nothing else, so the controller's own annotations and
 * fields are never overwritten.
 */
public record AnnotationPatch(Map<String, Optional<String>> changes) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public AnnotationPatch {
    changes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changes));
  }

  public static AnnotationPatch set(String annotation, String value) {
    return new AnnotationPatch(Map.of(annotation, Optional.of(value)));
  }

  public static AnnotationPatch remove(String annotation) {
    return new AnnotationPatch(Map.of(annotation, Optional.empty()));
  }

  /** The patch as the API server reads it: {@code null} removes an annotation. */
  public String json() {
    return tree().toString();
  }

  ObjectNode tree() {
    ObjectNode patch = JSON.createObjectNode();
    ObjectNode annotations = patch.putObject("metadata").putObject("annotations");
    changes.forEach(
        (key, value) ->
            value.ifPresentOrElse(v -> annotations.put(key, v), () -> annotations.putNull(key)));
    return patch;
  }
}
