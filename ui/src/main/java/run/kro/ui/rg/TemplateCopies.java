package run.kro.ui.rg;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import run.kro.backend.diagnostics.SourcePosition;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.backend.model.ResourcePaths;
import run.kro.backend.model.Schema;
import run.kro.backend.source.FieldPath;
import run.kro.backend.source.SourceMap;
import run.kro.backend.source.YamlSourceReader;
import run.kro.backend.source.YamlSyntaxException;
import run.kro.ui.base.ClusterAccess;

/**
 * A template (a shipped example) as a new ResourceGroup: a copy that overwrites nothing. When the
 * cluster already has a ResourceGroup of the template's name, or its kind is already defined (by a
 * ResourceGroup or a CRD), the copy gets the first free numbered name and kind, e.g. {@code
 * database-2} defining {@code Database2}. Only those two values of the text change, so its comments
 * and layout stay.
 */
@Service
public class TemplateCopies {

  private static final FieldPath NAME = FieldPath.of("metadata", "name");
  private static final FieldPath KIND = ResourcePaths.SCHEMA.field("kind");
  private static final FieldPath GROUP = ResourcePaths.SCHEMA.field("group");

  private final ClusterAccess cluster;
  private final ResourceGroupObjects objects;

  public TemplateCopies(ClusterAccess cluster) {
    this.cluster = cluster;
    this.objects = new ResourceGroupObjects(cluster);
  }

  /**
   * The template under a name and kind nobody uses yet; the text unchanged when both are free
   * already.
   */
  public String copyOf(String template) {
    SourceMap places;
    try {
      places = new YamlSourceReader().readSingle("template", template).sourceMap();
    } catch (YamlSyntaxException e) {
      return template;
    }
    Optional<String> name = scalar(template, places, NAME);
    Optional<String> kind = scalar(template, places, KIND);
    if (name.isEmpty() || kind.isEmpty()) {
      return template;
    }
    String group = scalar(template, places, GROUP).orElse(Schema.DEFAULT_GROUP);
    Taken taken = taken();
    for (int n = 1; ; n++) {
      String freeName = n == 1 ? name.get() : name.get() + "-" + n;
      String freeKind = n == 1 ? kind.get() : kind.get() + n;
      if (!taken.names().contains(freeName) && !taken.kinds().contains(freeKind + "." + group)) {
        return n == 1
            ? template
            : replace(replace(template, places, KIND, freeKind), places, NAME, freeName);
      }
    }
  }

  /** ResourceGroup names (of both kinds) and the kinds defined, as {@code Kind.group}. */
  private record Taken(Set<String> names, Set<String> kinds) {}

  private Taken taken() {
    Set<String> names = new HashSet<>();
    Set<String> kinds = new HashSet<>();
    for (ResourceGroupKind sourceKind : ResourceGroupKind.values()) {
      for (GenericKubernetesResource rg : objects.list(sourceKind)) {
        names.add(rg.getMetadata().getName());
        Object group = rg.get("spec", "schema", "group");
        kinds.add(
            rg.get("spec", "schema", "kind")
                + "."
                + (group instanceof String g && !g.isEmpty() ? g : Schema.DEFAULT_GROUP));
      }
    }
    GeneratedKinds.read(cluster.client())
        .all()
        .forEach(
            crd -> kinds.add(crd.getSpec().getNames().getKind() + "." + crd.getSpec().getGroup()));
    return new Taken(names, kinds);
  }

  /**
   * The plain scalar at {@code path} as written; empty for a missing or quoted value (left as it
   * is).
   */
  private static Optional<String> scalar(String text, SourceMap places, FieldPath path) {
    Optional<SourcePosition> value = places.valuePosition(path);
    // For a missing field both lookups fall back to the enclosing node, and so agree.
    boolean present = value.isPresent() && !value.equals(places.keyPosition(path));
    return present ? token(text, value.get()) : Optional.empty();
  }

  private static Optional<String> token(String text, SourcePosition at) {
    List<String> lines = text.lines().toList();
    if (at.line() > lines.size()) {
      return Optional.empty();
    }
    String line = lines.get(at.line() - 1);
    int start = at.column() - 1;
    int end = start;
    while (end < line.length()
        && !Character.isWhitespace(line.charAt(end))
        && ",}]#\"'".indexOf(line.charAt(end)) < 0) {
      end++;
    }
    return end > start ? Optional.of(line.substring(start, end)) : Optional.empty();
  }

  private static String replace(String text, SourceMap places, FieldPath path, String value) {
    SourcePosition at = places.valuePosition(path).orElseThrow();
    String old = token(text, at).orElseThrow();
    int offset = 0;
    for (int line = 1; line < at.line(); line++) {
      offset = text.indexOf('\n', offset) + 1;
    }
    offset += at.column() - 1;
    return text.substring(0, offset) + value + text.substring(offset + old.length());
  }
}
