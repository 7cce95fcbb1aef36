package run.kro.backend.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import run.kro.backend.api.CompiledResource;

/**
 * What the controller observed for each resource, as JSON and as the CEL value other expressions
 * read: the object itself for a single resource, a list for collections and selector references
 * (docs/design.md#scope). Each object is converted once, when it is observed. Collection items are
 * put in desired order by identity; items kro did not ask for (left over from a larger collection)
 * go last (docs/design.md#collections).
 */
final class ObservedObjects {

  private final GraphPlan plan;
  private final Bindings bindings;
  private final Map<String, List<JsonNode>> objects = new HashMap<>();
  private final Map<String, List<Object>> values = new HashMap<>();

  ObservedObjects(GraphPlan plan, Bindings bindings) {
    this.plan = plan;
    this.bindings = bindings;
  }

  /**
   * @param desiredOrder the identities of the desired items, for a collection; empty otherwise. An
   *     empty {@code observed} for a single resource means it does not exist (an external reference
   *     not found).
   */
  void record(
      CompiledResource resource, List<JsonNode> observed, List<ObjectIdentity> desiredOrder) {
    String id = resource.id();
    if (!resource.shape().isList() && observed.isEmpty()) {
      objects.remove(id);
      values.remove(id);
      bindings.unbind(id);
      return;
    }
    List<JsonNode> ordered =
        resource.shape().isList()
            ? inDesiredOrder(observed, desiredOrder)
            : List.of(observed.get(0));
    ValueShape shape = plan.item(id);
    List<Object> converted = new ArrayList<>(ordered.size());
    ordered.forEach(object -> converted.add(shape.toCel(object)));
    objects.put(id, ordered);
    values.put(id, Collections.unmodifiableList(converted));
    bindings.bind(id, resource.shape().isList() ? values.get(id) : converted.get(0));
  }

  boolean isObserved(String id) {
    return objects.containsKey(id);
  }

  /** The observed objects, in desired order for collections; empty when not observed. */
  List<JsonNode> objects(String id) {
    return objects.getOrDefault(id, List.of());
  }

  /** The CEL value of each observed object, in the same order. */
  List<Object> values(String id) {
    return values.getOrDefault(id, List.of());
  }

  private static List<JsonNode> inDesiredOrder(
      List<JsonNode> observed, List<ObjectIdentity> desired) {
    if (desired.isEmpty()) {
      return List.copyOf(observed);
    }
    Map<ObjectIdentity, Integer> positions = new HashMap<>(desired.size() * 2);
    for (int i = 0; i < desired.size(); i++) {
      positions.putIfAbsent(desired.get(i), i);
    }
    List<JsonNode> ordered = new ArrayList<>(observed);
    ordered.sort(
        Comparator.comparingInt(
            o -> positions.getOrDefault(ObjectIdentity.of(o), Integer.MAX_VALUE)));
    return List.copyOf(ordered);
  }
}
