package run.kro.backend.source;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.Map;
import java.util.Optional;
import run.kro.backend.diagnostics.SourcePosition;

/**
 * Where each node of a parsed document stands in its source text: the position of every value and
 * every map key. Lookups fall back to the nearest enclosing node, so an error about a field that is
 * missing still points at its parent.
 */
public final class SourceMap {

  /** For documents built in memory, which have no source. */
  public static final SourceMap NONE = new SourceMap(Map.of(), Map.of(), new String[0]);

  private final Map<String, SourcePosition> values;
  private final Map<String, SourcePosition> keys;
  private final String[] lines;

  SourceMap(Map<String, SourcePosition> values, Map<String, SourcePosition> keys, String[] lines) {
    this.values = Map.copyOf(values);
    this.keys = Map.copyOf(keys);
    this.lines = lines;
  }

  /** The position of the value at {@code path}, or of its nearest enclosing node. */
  public Optional<SourcePosition> valuePosition(FieldPath path) {
    for (JsonPointer pointer = path.toPointer(); pointer != null; pointer = pointer.head()) {
      SourcePosition found = values.get(pointer.toString());
      if (found != null) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }

  /** The position of the key that names {@code path}, falling back to the value's position. */
  public Optional<SourcePosition> keyPosition(FieldPath path) {
    SourcePosition key = keys.get(path.toPointer().toString());
    return key != null ? Optional.of(key) : valuePosition(path);
  }

  /**
   * The position of the character at {@code offset} inside the string value at {@code path}, so
   * that an error inside an expression points at the expression's own characters. Handles plain and
   * quoted one-line scalars and literal block scalars ({@code |}); for other styles it returns the
   * start of the value.
   */
  public Optional<SourcePosition> positionWithin(FieldPath path, int offset) {
    return valuePosition(path).map(start -> ScalarOffsets.locate(lines, start, offset));
  }
}
