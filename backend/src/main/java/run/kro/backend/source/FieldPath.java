package run.kro.backend.source;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A path to a field inside a document, e.g. {@code spec.ports[0].name}. Keys that are empty or
 * contain dots or brackets print as {@code ["key"]}, as kro prints them.
 */
public record FieldPath(List<Segment> segments) {

  public static final FieldPath ROOT = new FieldPath(List.of());
  private static final Pattern PLAIN_KEY = Pattern.compile("[^.\\[\\]\"]+");

  /** One step of a path: a map key or an array index. */
  public sealed interface Segment permits Key, Index {}

  public record Key(String name) implements Segment {}

  public record Index(int index) implements Segment {}

  public FieldPath {
    segments = List.copyOf(segments);
  }

  /**
   * Parses a dotted path such as {@code spec.ports[0].name} or {@code metadata.labels["a.b/c"]}.
   */
  public static FieldPath parse(String dotted) {
    return FieldPathParser.parse(dotted);
  }

  public static FieldPath of(String... keys) {
    FieldPath path = ROOT;
    for (String key : keys) {
      path = path.field(key);
    }
    return path;
  }

  public FieldPath field(String name) {
    return append(new Key(name));
  }

  public FieldPath index(int index) {
    return append(new Index(index));
  }

  public FieldPath resolve(FieldPath child) {
    List<Segment> joined = new ArrayList<>(segments);
    joined.addAll(child.segments);
    return new FieldPath(joined);
  }

  public boolean isRoot() {
    return segments.isEmpty();
  }

  public boolean startsWith(FieldPath prefix) {
    return segments.size() >= prefix.segments.size()
        && segments.subList(0, prefix.segments.size()).equals(prefix.segments);
  }

  /**
   * The part of this path after {@code prefix}; this path itself when it does not start with it.
   */
  public FieldPath relativeTo(FieldPath prefix) {
    return startsWith(prefix)
        ? new FieldPath(segments.subList(prefix.segments.size(), segments.size()))
        : this;
  }

  public JsonPointer toPointer() {
    JsonPointer pointer = JsonPointer.empty();
    for (Segment segment : segments) {
      pointer =
          segment instanceof Key key
              ? pointer.appendProperty(key.name())
              : pointer.appendIndex(((Index) segment).index());
    }
    return pointer;
  }

  private FieldPath append(Segment segment) {
    List<Segment> longer = new ArrayList<>(segments.size() + 1);
    longer.addAll(segments);
    longer.add(segment);
    return new FieldPath(longer);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (Segment segment : segments) {
      if (segment instanceof Index index) {
        out.append('[').append(index.index()).append(']');
      } else {
        String name = ((Key) segment).name();
        if (PLAIN_KEY.matcher(name).matches()) {
          out.append(out.length() == 0 ? "" : ".").append(name);
        } else {
          out.append("[\"").append(name.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
        }
      }
    }
    return out.toString();
  }
}
