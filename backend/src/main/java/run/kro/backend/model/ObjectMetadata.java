package run.kro.backend.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/**
 * The part of a ResourceGroup's metadata the engine reads; the rest of ObjectMeta is kept by the
 * cluster.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ObjectMetadata(
    String name,
    Map<String, String> labels,
    Map<String, String> annotations,
    String uid,
    long generation) {

  public ObjectMetadata {
    name = name == null ? "" : name;
    labels = labels == null ? Map.of() : Map.copyOf(labels);
    annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
    uid = uid == null ? "" : uid;
  }

  public static ObjectMetadata named(String name) {
    return new ObjectMetadata(name, Map.of(), Map.of(), "", 0);
  }
}
