package run.kro.backend.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import run.kro.backend.diagnostics.SourcePosition;

/**
 * One YAML document with the name of the file it came from and the position of every node. The tree
 * is never changed after parsing; code that needs to change it works on a copy.
 */
public record SourceDocument(String name, JsonNode root, SourceMap sourceMap) {

  /** A document that was built in memory, e.g. a ResourceGroup read from the cluster. */
  public static SourceDocument inMemory(String name, JsonNode root) {
    return new SourceDocument(name, root, SourceMap.NONE);
  }

  public Optional<SourcePosition> positionOf(FieldPath path) {
    return sourceMap.valuePosition(path);
  }
}
