package run.kro.backend.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import run.kro.backend.api.CompiledResource;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.api.DesiredObject;
import run.kro.backend.api.Evaluated;
import run.kro.backend.api.ExternalTarget;
import run.kro.backend.api.Inclusion;
import run.kro.backend.api.InstanceEvaluation;
import run.kro.backend.api.InstanceIdentity;
import run.kro.backend.api.Readiness;
import run.kro.backend.api.ResourceShape;
import run.kro.backend.api.RuntimeOptions;
import run.kro.backend.api.StatusProjection;
import run.kro.backend.model.Condition;

/**
 * One reconcile's evaluation of one instance: wires the parts of this package together and
 * remembers, for this reconcile, each resource's inclusion, readiness and desired identities,
 * forgetting what an observation changes (a little over the usual size: the contract's six methods
 * and their memory belong together). Not thread-safe, as the contract says.
 */
public final class GraphEvaluation implements InstanceEvaluation {

  private final CompiledResourceGroup graph;
  private final GraphPlan plan;
  private final ObservedObjects observed;
  private final ExpressionEvaluator evaluator;
  private final ResourceGate gate;
  private final InclusionEvaluator inclusions;
  private final DesiredRenderer desiredRenderer;
  private final ExternalTargetResolver externals;
  private final ReadinessEvaluator readinessEvaluator;
  private final StatusResolver statusResolver;
  private final AuthorConditions authorConditions;

  private final Map<String, Inclusion> inclusionOf = new HashMap<>();
  private final Map<String, Readiness> readinessOf = new HashMap<>();
  private final Map<String, List<ObjectIdentity>> desiredIdentities = new HashMap<>();

  private GraphEvaluation(CompiledResourceGroup graph, JsonNode instance, RuntimeOptions options) {
    this.graph = graph;
    this.plan = GraphPlan.of(graph);
    InstanceIdentity identity = InstanceIdentity.of(graph.instanceKind(), instance);
    Set<String> resourceIds = graph.resources().keySet();
    Bindings bindings = new Bindings();
    bindings.bind(GraphPlan.SCHEMA, plan.schema().toCel(schemaOf(instance)));
    this.observed = new ObservedObjects(plan, bindings);
    this.evaluator = new ExpressionEvaluator(bindings);
    this.gate = new ResourceGate(this, observed, plan);
    this.inclusions = new InclusionEvaluator(this, gate, evaluator, plan, resourceIds);
    FieldEvaluator fields = new FieldEvaluator(evaluator);
    TemplateRenderer templates = new TemplateRenderer(fields);
    this.desiredRenderer =
        new DesiredRenderer(
            templates,
            new CollectionExpander(evaluator, options.maxCollectionSize()),
            new ChildLabels(identity, options.kroVersion()),
            identity.namespace());
    this.externals = new ExternalTargetResolver(templates, identity.namespace());
    this.readinessEvaluator = new ReadinessEvaluator(evaluator, observed);
    this.statusResolver = new StatusResolver(fields, gate, resourceIds);
    this.authorConditions =
        new AuthorConditions(
            gate, bindings, resourceIds, instance.path("metadata").path("generation").asLong(0));
  }

  public static InstanceEvaluation start(
      CompiledResourceGroup graph, JsonNode instance, RuntimeOptions options) {
    return new GraphEvaluation(graph, instance, options);
  }

  @Override
  public Inclusion inclusion(String id) {
    Inclusion known = inclusionOf.get(id);
    if (known == null) {
      Optional<CompiledResource> resource = graph.resource(id);
      known =
          resource.isEmpty()
              ? new Inclusion.Failed(unknown(id))
              : inclusions.evaluate(resource.get());
      inclusionOf.put(id, known);
    }
    return known;
  }

  @Override
  public Evaluated<List<DesiredObject>> desired(String id) {
    Optional<CompiledResource> resource = graph.resource(id);
    if (resource.isEmpty() || resource.get().shape().isExternal()) {
      return Evaluated.failed(
          resource.isEmpty()
              ? unknown(id)
              : "resource \""
                  + id
                  + "\" is an external reference: it has a target, not desired objects");
    }
    Optional<String> notReady =
        included(id).or(() -> gate.waitingFor(resource.get().dependencies()));
    if (notReady.isPresent()) {
      return Evaluated.pending(notReady.get());
    }
    Evaluated<List<DesiredObject>> desired = desiredRenderer.render(resource.get());
    if (desired instanceof Evaluated.Value<List<DesiredObject>> objects) {
      desiredIdentities.put(
          id, objects.value().stream().map(o -> ObjectIdentity.of(o.object())).toList());
    }
    return desired;
  }

  @Override
  public Evaluated<ExternalTarget> externalTarget(String id) {
    Optional<CompiledResource> resource = graph.resource(id);
    if (resource.isEmpty() || !resource.get().shape().isExternal()) {
      return Evaluated.failed(
          resource.isEmpty()
              ? unknown(id)
              : "resource \"" + id + "\" is a template: it has desired objects, not a target");
    }
    Optional<String> notReady =
        included(id).or(() -> gate.waitingFor(resource.get().dependencies()));
    return notReady.isPresent()
        ? Evaluated.pending(notReady.get())
        : externals.resolve(resource.get());
  }

  @Override
  public void observe(String id, List<JsonNode> objects) {
    CompiledResource resource =
        graph.resource(id).orElseThrow(() -> new IllegalArgumentException(unknown(id)));
    List<ObjectIdentity> order =
        resource.shape() == ResourceShape.COLLECTION ? desiredIdentities(id) : List.of();
    observed.record(resource, objects, order);
    evaluator.forget(id);
    inclusionOf.clear();
    readinessOf.remove(id);
    for (CompiledResource dependent : graph.resources().values()) {
      if (dependent.dependencies().contains(id)) {
        desiredIdentities.remove(dependent.id());
        readinessOf.remove(dependent.id());
      }
    }
  }

  @Override
  public Readiness readiness(String id) {
    Readiness known = readinessOf.get(id);
    if (known == null) {
      Optional<CompiledResource> resource = graph.resource(id);
      known =
          resource.isEmpty()
              ? new Readiness.Failed(unknown(id))
              : readinessEvaluator.evaluate(resource.get(), desiredCount(resource.get()));
      readinessOf.put(id, known);
    }
    return known;
  }

  @Override
  public StatusProjection status(Map<String, Condition> builtInConditions) {
    StatusResolver.Result fields = statusResolver.resolve(graph.statusFields());
    if (graph.statusConditions().isEmpty()) {
      return new StatusProjection(fields.fields(), Optional.empty(), 0, fields.errors());
    }
    AuthorConditions.Result conditions =
        authorConditions.evaluate(graph.statusConditions(), builtInConditions);
    List<String> errors = new ArrayList<>(fields.errors());
    errors.addAll(conditions.errors());
    return new StatusProjection(
        fields.fields(), Optional.of(conditions.conditions()), conditions.pending(), errors);
  }

  /** Why the resource is not included, when it is not. */
  private Optional<String> included(String id) {
    Inclusion inclusion = inclusion(id);
    if (inclusion instanceof Inclusion.Skipped skipped) {
      return Optional.of("resource \"" + id + "\" is skipped: " + skipped.reason());
    }
    if (inclusion instanceof Inclusion.Pending pending) {
      return Optional.of(pending.reason());
    }
    if (inclusion instanceof Inclusion.Failed failed) {
      return Optional.of("includeWhen failed: " + failed.message());
    }
    return Optional.empty();
  }

  /** How many items a collection should have, rendering it if this evaluation has not yet. */
  private Evaluated<Integer> desiredCount(CompiledResource resource) {
    if (resource.shape() != ResourceShape.COLLECTION) {
      return Evaluated.value(1);
    }
    if (!desiredIdentities.containsKey(resource.id())) {
      Evaluated<List<DesiredObject>> desired = desired(resource.id());
      if (!(desired instanceof Evaluated.Value<List<DesiredObject>>)) {
        return Unresolved.carry(desired);
      }
    }
    return Evaluated.value(desiredIdentities.get(resource.id()).size());
  }

  private List<ObjectIdentity> desiredIdentities(String id) {
    if (!desiredIdentities.containsKey(id)) {
      desired(id);
    }
    return desiredIdentities.getOrDefault(id, List.of());
  }

  /**
   * The instance as {@code schema}: apiVersion, kind, metadata and spec, never status
   * (docs/design.md#scope).
   */
  private static ObjectNode schemaOf(JsonNode instance) {
    ObjectNode schema = JsonNodeFactory.instance.objectNode();
    for (String field : List.of("apiVersion", "kind", "metadata")) {
      if (instance.has(field)) {
        schema.set(field, instance.get(field));
      }
    }
    schema.set(
        "spec",
        instance.path("spec").isObject()
            ? instance.get("spec")
            : JsonNodeFactory.instance.objectNode());
    return schema;
  }

  private static String unknown(String id) {
    return "the graph has no resource \"" + id + "\"";
  }
}
