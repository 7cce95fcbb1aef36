package run.kro.backend.api;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import run.kro.backend.cel.CompiledExpression;
import run.kro.backend.graph.DependencyGraph;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.backend.model.ResourceGroup;

/**
 * A ResourceGroup compiled into what the controller runs and the console draws: the generated CRD,
 * the resources with their checked expressions, the dependency graph, the status fields and the
 * author-defined conditions (each returning a condition or a list of them). Immutable and
 * thread-safe; one instance is shared by every reconcile of every instance.
 */
public record CompiledResourceGroup(
    ResourceGroup resourceGroup,
    GroupVersionKind instanceKind,
    CustomResourceDefinition instanceCrd,
    Map<String, CompiledResource> resources,
    DependencyGraph graph,
    List<CompiledField> statusFields,
    List<CompiledExpression> statusConditions) {

  public CompiledResourceGroup {
    resources = Collections.unmodifiableMap(new LinkedHashMap<>(resources));
    statusFields = List.copyOf(statusFields);
    statusConditions = List.copyOf(statusConditions);
  }

  public Optional<CompiledResource> resource(String id) {
    return Optional.ofNullable(resources.get(id));
  }

  /** Resources in apply order. */
  public List<CompiledResource> inTopologicalOrder() {
    return graph.topologicalOrder().stream().map(resources::get).toList();
  }
}
