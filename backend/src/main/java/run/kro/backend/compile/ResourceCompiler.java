package run.kro.backend.compile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.cel.bundle.Cel;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import run.kro.backend.api.CompiledDimension;
import run.kro.backend.api.CompiledField;
import run.kro.backend.api.CompiledResource;
import run.kro.backend.api.ResourceShape;
import run.kro.backend.cel.CompiledExpression;
import run.kro.backend.diagnostics.Stage;
import run.kro.backend.source.Diagnostics;
import run.kro.backend.source.FieldPath;

/**
 * Compiles one resource: its forEach dimensions, the expression fields of its template (or external
 * reference), includeWhen and readyWhen; then infers its dependencies (the resources its template,
 * forEach and includeWhen read: docs/design.md#dependency-inference), refuses self references, and
 * checks that a collection's iterators make each item's identity unique.
 */
final class ResourceCompiler {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .setSerializationInclusion(JsonInclude.Include.NON_ABSENT);
  private static final FieldPath NAME = FieldPath.of("metadata", "name");
  private static final FieldPath NAMESPACE = FieldPath.of("metadata", "namespace");

  private final ExpressionCompiler expressions;
  private final ForEachCompiler forEach;
  private final FieldCompiler fields;
  private final ConditionCompiler conditions;

  ResourceCompiler(
      ExpressionCompiler expressions,
      ForEachCompiler forEach,
      FieldCompiler fields,
      ConditionCompiler conditions) {
    this.expressions = expressions;
    this.forEach = forEach;
    this.fields = fields;
    this.conditions = conditions;
  }

  /**
   * A compiled resource, or none when it has errors; either way the dependencies its valid
   * expressions show, so that an editor can draw the graph of a ResourceGroup that does not compile
   * yet.
   */
  record Outcome(Optional<CompiledResource> resource, Set<String> dependencies) {}

  Outcome compile(ResolvedResource resource, GraphScope scope, Diagnostics diagnostics) {
    int errorsBefore = diagnostics.count();
    ValuePlace entry =
        new ValuePlace(
            diagnostics,
            Stage.EXPRESSION,
            Optional.of(resource.id()),
            resource.entryPath(),
            resource.entryPath());
    ForEachCompiler.Result dimensions = forEach.compile(resource, scope, entry);
    Set<String> allowed = new HashSet<>(scope.graphVariables());
    allowed.addAll(dimensions.iteratorTypes().keySet());
    Cel env = scope.extendedWith(dimensions.iteratorTypes());

    JsonNode object = objectOf(resource);
    if (resource.resource().isCollection()) {
      expressions.prepare(env, new ExpressionHarvest().fromTree(object).texts());
    }
    FieldPath objectPath =
        resource.resource().isExternal()
            ? entry.path().field("externalRef")
            : entry.path().field("template");
    ValuePlace objectPlace =
        new ValuePlace(
            diagnostics,
            Stage.EXPRESSION,
            Optional.of(resource.id()),
            resource.resource().isExternal() ? resource.entryPath() : objectPath,
            objectPath);
    Optional<JSONSchemaProps> schema =
        resource.resource().isExternal() || resource.isCustomResourceDefinition()
            ? Optional.empty()
            : resource.schema();
    List<CompiledField> compiledFields =
        fields.compile(
            resource, object, schema.or(() -> Optional.empty()), scope, env, allowed, objectPlace);
    List<CompiledExpression> includeWhen = conditions.includeWhen(resource, scope, entry);
    List<CompiledExpression> readyWhen = conditions.readyWhen(resource, scope, entry);

    rejectSelfReferences(
        resource, compiledFields, dimensions.dimensions(), includeWhen, objectPlace, entry);
    if (resource.resource().isCollection()) {
      checkIdentity(resource, compiledFields, dimensions.iteratorTypes().keySet(), entry);
    }
    Set<String> dependencies =
        dependencies(resource, scope, compiledFields, dimensions.dimensions(), includeWhen);
    if (diagnostics.count() > errorsBefore) {
      return new Outcome(Optional.empty(), dependencies);
    }
    return new Outcome(
        Optional.of(
            new CompiledResource(
                resource.id(),
                resource.index(),
                resource.gvk(),
                resource.namespaced(),
                shapeOf(resource),
                object,
                compiledFields,
                dimensions.dimensions(),
                includeWhen,
                readyWhen,
                dependencies,
                0)),
        dependencies);
  }

  /** The template, or for an external reference the object its metadata describes. */
  private static JsonNode objectOf(ResolvedResource resource) {
    return resource
        .resource()
        .template()
        .orElseGet(
            () -> {
              ObjectNode ref = JSON.valueToTree(resource.resource().externalRef().orElseThrow());
              return ref;
            });
  }

  private static ResourceShape shapeOf(ResolvedResource resource) {
    if (resource.resource().isExternal()) {
      return resource.isList() ? ResourceShape.EXTERNAL_COLLECTION : ResourceShape.EXTERNAL;
    }
    return resource.resource().isCollection() ? ResourceShape.COLLECTION : ResourceShape.TEMPLATE;
  }

  private static Set<String> dependencies(
      ResolvedResource resource,
      GraphScope scope,
      List<CompiledField> fields,
      List<CompiledDimension> dimensions,
      List<CompiledExpression> includeWhen) {
    Set<String> resourceIds = new HashSet<>(scope.graphVariables());
    resourceIds.remove(GraphScope.SCHEMA);
    Set<String> dependencies = new LinkedHashSet<>();
    for (CompiledExpression expression : expressionsOf(fields, dimensions, includeWhen)) {
      expression.references().stream()
          .filter(resourceIds::contains)
          .sorted()
          .forEach(dependencies::add);
    }
    dependencies.remove(resource.id());
    return dependencies;
  }

  private static void rejectSelfReferences(
      ResolvedResource resource,
      List<CompiledField> fields,
      List<CompiledDimension> dimensions,
      List<CompiledExpression> includeWhen,
      ValuePlace object,
      ValuePlace entry) {
    String id = resource.id();
    for (CompiledField field : fields) {
      if (expressionsOf(List.of(field), List.of(), List.of()).stream()
          .anyMatch(e -> e.references().contains(id))) {
        object
            .at(object.path().resolve(field.path()))
            .in(Stage.GRAPH)
            .error(
                "self references are not allowed: the "
                    + "resource reads \""
                    + id
                    + "\" (use readyWhen to wait on its own state)");
      }
    }
    boolean selfInConditions =
        dimensions.stream().anyMatch(d -> d.expression().references().contains(id))
            || includeWhen.stream().anyMatch(e -> e.references().contains(id));
    if (selfInConditions) {
      entry
          .in(Stage.GRAPH)
          .error(
              "self references are not allowed: forEach and includeWhen of \""
                  + id
                  + "\" read \""
                  + id
                  + "\"");
    }
  }

  /** Every iterator must appear in metadata.name (or metadata.namespace of a namespaced kind). */
  private static void checkIdentity(
      ResolvedResource resource,
      List<CompiledField> fields,
      Set<String> iterators,
      ValuePlace entry) {
    Set<String> used = new HashSet<>();
    for (CompiledField field : fields) {
      boolean identity =
          field.path().equals(NAME) || (resource.namespaced() && field.path().equals(NAMESPACE));
      if (identity) {
        expressionsOf(List.of(field), List.of(), List.of())
            .forEach(e -> used.addAll(e.references()));
      }
    }
    Set<String> missing = new TreeSet<>(iterators);
    missing.removeAll(used);
    if (!missing.isEmpty()) {
      entry
          .at(entry.path().field("forEach"))
          .error(
              "all forEach dimensions must be used to produce a unique resource "
                  + "identity, missing: "
                  + new ArrayList<>(missing));
    }
  }

  static List<CompiledExpression> expressionsOf(
      List<CompiledField> fields,
      List<CompiledDimension> dimensions,
      List<CompiledExpression> includeWhen) {
    List<CompiledExpression> all = new ArrayList<>();
    fields.forEach(field -> all.addAll(field.value().expressions()));
    dimensions.forEach(d -> all.add(d.expression()));
    all.addAll(includeWhen);
    return all;
  }
}
