package run.kro.backend.compile;

import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import run.kro.backend.api.CompileResult;
import run.kro.backend.api.CompiledResource;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.api.CompilerOptions;
import run.kro.backend.api.FeatureGates;
import run.kro.backend.api.GraphSketch;
import run.kro.backend.cel.CelTypeRegistry;
import run.kro.backend.cel.TypeCompatibility;
import run.kro.backend.diagnostics.Stage;
import run.kro.backend.graph.CycleException;
import run.kro.backend.graph.DependencyGraph;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.backend.kinds.SchemaResolver;
import run.kro.backend.model.Resource;
import run.kro.backend.model.ResourceGroup;
import run.kro.backend.model.ResourcePaths;
import run.kro.backend.model.Schema;
import run.kro.backend.model.Scope;
import run.kro.backend.schema.InstanceCrdGenerator;
import run.kro.backend.schema.SimpleSchemaCompiler;
import run.kro.backend.source.Diagnostics;
import run.kro.backend.source.SourceMap;

/**
 * The compile stages in order (docs/design.md#the-compile-pipeline): names, SimpleSchema, resource
 * kinds, expressions, dependency graph, status, and the generated CRD. Each stage reports what it
 * finds and the next goes on where it can (an unknown type becomes dynamic), so one run reports
 * every error. Thread-safe: all state lives in one call.
 */
public final class CompilePipeline {

  private final NamingCheck naming;
  private final SimpleSchemaCompiler simpleSchema = new SimpleSchemaCompiler();
  private final InstanceCrdGenerator crdGenerator;
  private final ResourceResolution resolution;
  private final Optional<JSONSchemaProps> objectMeta;
  private final FeatureGates featureGates;
  private final boolean extraCelLibraries;

  public CompilePipeline(SchemaResolver resolver, CompilerOptions options) {
    this.featureGates = options.featureGates();
    this.extraCelLibraries = options.extraCelLibraries();
    this.naming = new NamingCheck(options.maxCollectionDimensions());
    this.crdGenerator = new InstanceCrdGenerator(options.kroVersion());
    this.resolution = new ResourceResolution(resolver, options.unknownKindAdvice());
    this.objectMeta = ObjectMetaSchema.from(resolver);
  }

  public CompileResult compile(ResourceGroup rg, SourceMap sourceMap) {
    Diagnostics diagnostics = new Diagnostics(sourceMap);
    Schema schema = rg.spec().schema();
    naming.check(rg, diagnostics);
    Optional<JSONSchemaProps> spec =
        simpleSchema.compile(
            schema.spec(),
            schema.types(),
            ResourcePaths.SCHEMA_SPEC,
            ResourcePaths.SCHEMA_TYPES,
            diagnostics);
    List<ResolvedResource> resolved = resolution.resolve(rg, diagnostics);

    CelTypeRegistry types = new CelTypeRegistry(objectMeta.orElse(null));
    GraphScope scope = scope(rg, spec, resolved, types);
    ExpressionCompiler expressions = new ExpressionCompiler(scope.declared());
    OmitRules omit = new OmitRules(featureGates, schema.scope() == Scope.Namespaced);
    ValueCompiler values = new ValueCompiler(expressions, new TypeCompatibility(types), omit);
    ResourceCompiler resources =
        new ResourceCompiler(
            expressions,
            new ForEachCompiler(values),
            new FieldCompiler(new TemplateWalker(objectMeta.orElse(null)), values, omit),
            new ConditionCompiler(values));
    expressions.prepare(scope.env(), graphScopeExpressions(resolved, schema));
    Map<String, CompiledResource> compiled = new LinkedHashMap<>();
    GraphSketcher sketcher = new GraphSketcher(rg, resolved);
    for (ResolvedResource resource : resolved) {
      if (!compiled.containsKey(resource.id())) {
        ResourceCompiler.Outcome outcome = resources.compile(resource, scope, diagnostics);
        sketcher.dependencies(resource.id(), outcome.dependencies());
        outcome.resource().ifPresent(r -> compiled.put(r.id(), r));
      }
    }
    StatusCompiler.Result status =
        new StatusCompiler(values).compile(schema.status(), scope, diagnostics);
    GraphSketch sketch = sketcher.sketch(compiled.keySet());
    Optional<DependencyGraph> graph = graph(rg, compiled, sketch, diagnostics);
    if (diagnostics.hasErrors() || graph.isEmpty() || spec.isEmpty()) {
      return CompileResult.failed(diagnostics.errors(), sketch);
    }
    CustomResourceDefinition crd = crdGenerator.generate(rg, spec.get(), status.schema());
    GroupVersionKind instanceKind =
        new GroupVersionKind(schema.group(), schema.apiVersion(), schema.kind());
    return CompileResult.of(
        new CompiledResourceGroup(
            rg,
            instanceKind,
            crd,
            withWaves(compiled, graph.get()),
            graph.get(),
            status.fields(),
            status.conditions()),
        sketch);
  }

  private GraphScope scope(
      ResourceGroup rg,
      Optional<JSONSchemaProps> spec,
      List<ResolvedResource> resolved,
      CelTypeRegistry types) {
    Map<String, CelType> variables = new LinkedHashMap<>();
    variables.put(
        GraphScope.SCHEMA,
        types.rootType(
            GraphScope.SCHEMA, InstanceType.schema(spec, objectMeta, rg.spec().schema().scope())));
    Set<String> iterators = new HashSet<>();
    for (ResolvedResource resource : resolved) {
      CelType object =
          resource.schema().map(s -> types.rootType(resource.id(), s)).orElse(SimpleType.DYN);
      variables.putIfAbsent(resource.id(), resource.isList() ? ListType.create(object) : object);
      resource.resource().forEach().forEach(d -> iterators.add(d.iterator()));
    }
    return new GraphScope(types, variables, iterators, extraCelLibraries);
  }

  /**
   * The expressions compiled in the graph's own environment: all but those of collections'
   * templates and readyWhen.
   */
  private static List<String> graphScopeExpressions(
      List<ResolvedResource> resolved, Schema schema) {
    ExpressionHarvest harvest = new ExpressionHarvest();
    schema
        .status()
        .fields()
        .forEachRemaining(
            field -> {
              if (!field.getKey().equals(StatusCompiler.CONDITIONS)) {
                harvest.fromTree(field.getValue());
              }
            });
    for (ResolvedResource resource : resolved) {
      harvest.fromStrings(resource.resource().includeWhen());
      if (!resource.resource().isCollection()) {
        harvest.fromStrings(resource.resource().readyWhen());
        resource.resource().template().ifPresent(harvest::fromTree);
      }
    }
    return harvest.texts();
  }

  /**
   * The graph of the resources that compiled; dependencies on resources that did not are left out.
   * A cycle is looked for among every resource's valid expressions (the sketch), so that an error
   * elsewhere in a resource on the cycle does not hide it: both are reported.
   */
  private static Optional<DependencyGraph> graph(
      ResourceGroup rg,
      Map<String, CompiledResource> compiled,
      GraphSketch sketch,
      Diagnostics diagnostics) {
    if (!sketch.cycle().isEmpty()) {
      reportCycle(rg, sketch.cycle(), CycleException.describe(sketch.cycle()), diagnostics);
      return Optional.empty();
    }
    Map<String, Set<String>> dependencies = new LinkedHashMap<>();
    compiled
        .values()
        .forEach(
            r ->
                dependencies.put(
                    r.id(),
                    r.dependencies().stream()
                        .filter(compiled::containsKey)
                        .collect(Collectors.toSet())));
    try {
      return Optional.of(DependencyGraph.build(List.copyOf(compiled.keySet()), dependencies));
    } catch (CycleException e) {
      reportCycle(rg, e.path(), e.getMessage(), diagnostics);
      return Optional.empty();
    }
  }

  private static void reportCycle(
      ResourceGroup rg, List<String> cycle, String message, Diagnostics diagnostics) {
    String first = cycle.get(0);
    List<Resource> resources = rg.spec().resources();
    int index =
        IntStream.range(0, resources.size())
            .filter(i -> first.equals(resources.get(i).id()))
            .findFirst()
            .orElse(0);
    diagnostics.error(
        Stage.GRAPH, first, ResourcePaths.resource(index), ResourcePaths.resource(index), message);
  }

  private static Map<String, CompiledResource> withWaves(
      Map<String, CompiledResource> compiled, DependencyGraph graph) {
    Map<String, CompiledResource> waved = new LinkedHashMap<>();
    compiled.forEach(
        (id, r) ->
            waved.put(
                id,
                new CompiledResource(
                    r.id(),
                    r.index(),
                    r.gvk(),
                    r.namespaced(),
                    r.shape(),
                    r.object(),
                    r.fields(),
                    r.forEach(),
                    r.includeWhen(),
                    r.readyWhen(),
                    r.dependencies(),
                    graph.deletionWaves().get(id))));
    return waved;
  }
}
