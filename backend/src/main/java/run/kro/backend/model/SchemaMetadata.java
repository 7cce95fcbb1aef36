package run.kro.backend.model;

import java.util.Map;

/** Labels and annotations put on the generated CRD (not on instances). */
public record SchemaMetadata(Map<String, String> labels, Map<String, String> annotations) {

  public static final SchemaMetadata EMPTY = new SchemaMetadata(Map.of(), Map.of());

  public SchemaMetadata {
    labels = labels == null ? Map.of() : Map.copyOf(labels);
    annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
  }
}
