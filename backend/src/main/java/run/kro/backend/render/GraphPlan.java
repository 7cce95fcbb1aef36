package run.kro.backend.render;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import run.kro.backend.api.CompiledField;
import run.kro.backend.api.CompiledResource;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.cel.CompiledExpression;

/**
 * What every evaluation of one compiled graph shares: how to convert the instance and each
 * resource's observed objects into CEL values of the types the compiler checked against. Built once
 * per graph and kept while the graph is in use (weakly, by identity: graphs are records whose
 * equality would walk every template).
 */
final class GraphPlan {

  static final String SCHEMA = "schema";
  static final String EACH = "each";

  private static final Cache<CompiledResourceGroup, GraphPlan> PLANS =
      CacheBuilder.newBuilder().weakKeys().build();

  private final ValueShape schema;
  private final Map<String, ValueShape> items;
  private final Map<String, Integer> positions;

  private GraphPlan(
      ValueShape schema, Map<String, ValueShape> items, Map<String, Integer> positions) {
    this.schema = schema;
    this.items = items;
    this.positions = positions;
  }

  static GraphPlan of(CompiledResourceGroup graph) {
    try {
      return PLANS.get(graph, () -> build(graph));
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot prepare graph " + graph.instanceKind(), e.getCause());
    }
  }

  /** The shape of the instance as {@code schema}. */
  ValueShape schema() {
    return schema;
  }

  /** The shape of one observed object of resource {@code id} (one item for collections). */
  ValueShape item(String id) {
    return items.getOrDefault(id, ValueShape.PLAIN);
  }

  /**
   * {@code ids} in topological order, so that messages name the resource the controller reaches
   * first.
   */
  List<String> inOrder(Collection<String> ids) {
    List<String> ordered = new ArrayList<>(ids);
    ordered.sort(
        Comparator.comparingInt((String id) -> positions.getOrDefault(id, Integer.MAX_VALUE))
            .thenComparing(Comparator.naturalOrder()));
    return ordered;
  }

  private static GraphPlan build(CompiledResourceGroup graph) {
    Set<String> names = new HashSet<>(graph.resources().keySet());
    names.add(SCHEMA);
    Map<String, CelType> types = VariableTypes.of(allExpressions(graph), names);
    Map<String, ValueShape> items = new HashMap<>();
    for (CompiledResource resource : graph.resources().values()) {
      CelType type = types.get(resource.id());
      if (type instanceof ListType list) {
        type = list.elemType();
      }
      if (type == null) {
        // A collection read only by its own readyWhen is typed there, as each.
        type = VariableTypes.of(resource.readyWhen().stream(), Set.of(EACH)).get(EACH);
      }
      items.put(resource.id(), ValueShape.of(type));
    }
    Map<String, Integer> positions = new HashMap<>();
    List<String> order = graph.graph().topologicalOrder();
    for (int i = 0; i < order.size(); i++) {
      positions.put(order.get(i), i);
    }
    return new GraphPlan(
        ValueShape.of(types.get(SCHEMA)), Map.copyOf(items), Map.copyOf(positions));
  }

  private static Stream<CompiledExpression> allExpressions(CompiledResourceGroup graph) {
    Stream<CompiledExpression> resources =
        graph.resources().values().stream()
            .flatMap(
                r ->
                    Stream.of(
                            expressions(r.fields()),
                            r.forEach().stream().map(d -> d.expression()),
                            r.includeWhen().stream(),
                            r.readyWhen().stream())
                        .flatMap(s -> s));
    return Stream.of(
            resources, expressions(graph.statusFields()), graph.statusConditions().stream())
        .flatMap(s -> s);
  }

  static Stream<CompiledExpression> expressions(List<CompiledField> fields) {
    return fields.stream().flatMap(field -> field.value().expressions().stream());
  }
}
