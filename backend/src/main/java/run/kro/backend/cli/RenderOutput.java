package run.kro.backend.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import run.kro.backend.api.DesiredObject;

/**
 * How {@code kro render} prints: the objects on standard output, ready for {@code kubectl apply -f
 * -} (YAML documents separated by {@code ---}, or a JSON {@code v1 List}); on standard error, one
 * line per resource that gave no objects ({@code pending}, {@code skipped}, {@code external},
 * {@code failed}, its id and why) and a summary.
 */
final class RenderOutput {

  private RenderOutput() {}

  static String objects(List<DesiredObject> objects, OutputFormat format) {
    if (format == OutputFormat.json) {
      ObjectNode list =
          JsonNodeFactory.instance.objectNode().put("apiVersion", "v1").put("kind", "List");
      ArrayNode items = list.putArray("items");
      objects.forEach(o -> items.add(o.object()));
      return withNewline(format.write(list));
    }
    return objects.stream()
        .map(o -> withNewline(format.write(o.object())))
        .collect(Collectors.joining("---\n"));
  }

  private static String withNewline(String text) {
    return text.endsWith("\n") ? text : text + "\n";
  }

  static List<String> report(RenderWalk.Rendering rendering, boolean nothingObserved) {
    List<String> lines = new ArrayList<>();
    for (RenderWalk.Note note : rendering.notes()) {
      lines.add(String.format("%-8s %s: %s", note.state().label, note.id(), note.detail()));
    }
    long resources = rendering.objects().stream().map(DesiredObject::nodeId).distinct().count();
    lines.add(
        String.format(
            "%d object(s) from %d resource(s); %d pending, %d skipped, %d external, %d failed",
            rendering.objects().size(),
            resources,
            rendering.count(RenderWalk.State.PENDING),
            rendering.count(RenderWalk.State.SKIPPED),
            rendering.count(RenderWalk.State.EXTERNAL),
            rendering.count(RenderWalk.State.FAILED)));
    if (nothingObserved && rendering.count(RenderWalk.State.PENDING) > 0) {
      lines.add(
          "note: pending resources render once what they read is observed: --observed DIR, with DIR/<id>.yaml "
              + "holding what the cluster has for resource <id>");
    }
    return lines;
  }
}
