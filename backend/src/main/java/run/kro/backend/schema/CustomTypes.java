package run.kro.backend.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import run.kro.backend.diagnostics.Stage;
import run.kro.backend.graph.CycleException;
import run.kro.backend.graph.DependencyGraph;
import run.kro.backend.source.Diagnostics;
import run.kro.backend.source.FieldPath;

/**
 * The custom types of {@code schema.types} (docs/design.md#custom-types): each a struct (map of
 * fields) or an alias (a type string). They may use each other, so they are built in dependency
 * order; a cycle is an error naming its path.
 */
final class CustomTypes {

  private CustomTypes() {}

  /** The built types; those with errors (reported) are missing. */
  static Map<String, FieldSchema> build(
      JsonNode types, FieldPath typesPath, Diagnostics diagnostics) {
    Map<String, JsonNode> definitions = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = types.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> type = it.next();
      definitions.put(type.getKey(), type.getValue());
    }
    Map<String, Set<String>> uses = new HashMap<>();
    definitions.forEach(
        (name, definition) -> uses.put(name, referencedTypes(definition, definitions.keySet())));
    for (String name : definitions.keySet()) {
      if (uses.get(name).remove(name)) {
        diagnostics.error(
            Stage.SCHEMA,
            typesPath.field(name),
            "cyclic dependency in type "
                + name
                + ": graph contains a cycle: "
                + name
                + " -> "
                + name);
        return Map.of();
      }
    }
    List<String> order;
    try {
      order = DependencyGraph.build(List.copyOf(definitions.keySet()), uses).topologicalOrder();
    } catch (CycleException e) {
      String first = e.path().get(0);
      diagnostics.error(
          Stage.SCHEMA,
          typesPath.field(first),
          "cyclic dependency in type " + first + ": " + e.getMessage());
      return Map.of();
    }
    if (!withinDepth(order, uses, typesPath, diagnostics)) {
      return Map.of();
    }
    Map<String, FieldSchema> built = new HashMap<>();
    SchemaTransformer transformer = new SchemaTransformer(built, definitions.keySet(), diagnostics);
    for (String name : order) {
      transformer
          .field(definitions.get(name), typesPath.field(name))
          .ifPresent(schema -> built.put(name, schema));
    }
    return built;
  }

  /**
   * Types that use types that use types… are expanded inline; the chain may be at most 16 long,
   * like [].
   */
  private static boolean withinDepth(
      List<String> order,
      Map<String, Set<String>> uses,
      FieldPath typesPath,
      Diagnostics diagnostics) {
    Map<String, Integer> depth = new HashMap<>();
    for (String name : order) {
      int deepest = uses.get(name).stream().mapToInt(depth::get).max().orElse(0) + 1;
      depth.put(name, deepest);
      if (deepest > TypeExpressionParser.MAX_DEPTH) {
        diagnostics.error(
            Stage.SCHEMA,
            typesPath.field(name),
            "type nesting too deep (max "
                + TypeExpressionParser.MAX_DEPTH
                + "): type "
                + name
                + " nests "
                + deepest
                + " custom types");
        return false;
      }
    }
    return true;
  }

  /** The other custom types a definition names, found by parsing its type strings. */
  private static Set<String> referencedTypes(JsonNode definition, Set<String> known) {
    Set<String> found = new LinkedHashSet<>();
    List<JsonNode> pending = new ArrayList<>(List.of(definition));
    while (!pending.isEmpty()) {
      JsonNode node = pending.remove(pending.size() - 1);
      if (node.isObject()) {
        node.elements().forEachRemaining(pending::add);
      } else if (node.isTextual()) {
        String type = node.asText().split("\\|", 2)[0].trim();
        for (String token : type.split("[\\[\\]]")) {
          if (known.contains(token.trim())) {
            found.add(token.trim());
          }
        }
      }
    }
    return found;
  }
}
