package run.kro.backend.compile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import run.kro.backend.api.GraphSketch;
import run.kro.backend.api.ResourceShape;
import run.kro.backend.graph.CycleException;
import run.kro.backend.graph.DependencyGraph;
import run.kro.backend.model.Resource;
import run.kro.backend.model.ResourceGroup;

/**
 * Collects, while the pipeline compiles, what is needed to draw a ResourceGroup that may not
 * compile: every resource with its kind as written, and the dependencies each resource's valid
 * expressions show. One per compile.
 */
final class GraphSketcher {

  private final ResourceGroup resourceGroup;
  private final Map<String, ResolvedResource> resolved;
  private final Map<String, Set<String>> dependencies = new LinkedHashMap<>();

  GraphSketcher(ResourceGroup resourceGroup, List<ResolvedResource> resolved) {
    this.resourceGroup = resourceGroup;
    this.resolved =
        resolved.stream()
            .collect(Collectors.toMap(ResolvedResource::id, Function.identity(), (a, b) -> a));
  }

  void dependencies(String id, Set<String> found) {
    dependencies.put(id, Set.copyOf(found));
  }

  GraphSketch sketch(Set<String> compiled) {
    Map<String, GraphSketch.Node> nodes = new LinkedHashMap<>();
    for (Resource resource : resourceGroup.spec().resources()) {
      if (resource.id() != null && !resource.id().isBlank()) {
        nodes.putIfAbsent(resource.id(), node(resource, compiled.contains(resource.id())));
      }
    }
    Map<String, Set<String>> known = new LinkedHashMap<>();
    dependencies.forEach(
        (id, deps) ->
            known.put(
                id,
                deps.stream()
                    .filter(nodes::containsKey)
                    .collect(Collectors.toCollection(LinkedHashSet::new))));
    return new GraphSketch(
        List.copyOf(nodes.values()), known, cycle(List.copyOf(nodes.keySet()), known));
  }

  private GraphSketch.Node node(Resource resource, boolean compiled) {
    ResolvedResource kind = resolved.get(resource.id());
    String apiVersion = kind != null ? kind.gvk().apiVersion() : written(resource, "apiVersion");
    String kindName = kind != null ? kind.gvk().kind() : written(resource, "kind");
    ResourceShape shape =
        resource.isExternal()
            ? (resource.externalRef().get().metadata().isCollection()
                ? ResourceShape.EXTERNAL_COLLECTION
                : ResourceShape.EXTERNAL)
            : resource.isCollection() ? ResourceShape.COLLECTION : ResourceShape.TEMPLATE;
    return new GraphSketch.Node(
        resource.id(),
        apiVersion,
        kindName,
        shape,
        !resource.includeWhen().isEmpty(),
        !resource.readyWhen().isEmpty(),
        compiled);
  }

  /** The kind as the author wrote it, when no schema source knows it. */
  private static String written(Resource resource, String field) {
    if (resource.externalRef().isPresent()) {
      return field.equals("kind")
          ? resource.externalRef().get().kind()
          : resource.externalRef().get().apiVersion();
    }
    JsonNode value = resource.template().map(t -> t.path(field)).orElse(null);
    return value != null && value.isTextual() ? value.asText() : "";
  }

  private static List<String> cycle(List<String> nodes, Map<String, Set<String>> dependencies) {
    try {
      DependencyGraph.build(nodes, dependencies);
      return List.of();
    } catch (CycleException e) {
      return e.path();
    } catch (IllegalArgumentException e) {
      return List.of();
    }
  }
}
