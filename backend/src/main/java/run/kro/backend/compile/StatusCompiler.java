package run.kro.backend.compile;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsBuilder;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import run.kro.backend.api.CompiledField;
import run.kro.backend.api.CompiledValue;
import run.kro.backend.cel.CompiledExpression;
import run.kro.backend.diagnostics.Stage;
import run.kro.backend.model.ResourcePaths;
import run.kro.backend.source.Diagnostics;
import run.kro.backend.source.FieldPath;
import run.kro.backend.status.KroStatusFields;
import run.kro.backend.status.StatusSchemaInference;

/**
 * Compiles the instance status fields of {@code schema.status}
 * (docs/design.md#status-fields-and-author-conditions): every leaf is an expression over {@code
 * schema} and the resources that reads at least one of them; its CEL type gives its schema in the
 * generated CRD (string templates are strings; arrays of expressions are arrays). {@code state}
 * belongs to kro and is ignored, as upstream does.
 */
final class StatusCompiler {

  static final String RESERVED_STATE = "state";
  static final String CONDITIONS = "conditions";

  private final ValueCompiler values;

  StatusCompiler(ValueCompiler values) {
    this.values = values;
  }

  /**
   * The compiled fields, author conditions, and the inferred status schema (without kro's state and
   * conditions).
   */
  record Result(
      List<CompiledField> fields, List<CompiledExpression> conditions, JSONSchemaProps schema) {}

  Result compile(JsonNode status, GraphScope scope, Diagnostics diagnostics) {
    List<CompiledField> fields = new ArrayList<>();
    List<String> withoutExpressions = new ArrayList<>();
    StatusSchemaInference inference = new StatusSchemaInference(scope.types());
    Map<String, JSONSchemaProps> properties = new LinkedHashMap<>();
    List<CompiledExpression> conditions = List.of();
    for (Iterator<Map.Entry<String, JsonNode>> it = status.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (field.getKey().equals(RESERVED_STATE)) {
        continue;
      }
      FieldPath path = FieldPath.of(field.getKey());
      if (KroStatusFields.RESERVED.contains(field.getKey())) {
        diagnostics.error(
            Stage.STATUS,
            ResourcePaths.SCHEMA_STATUS.field(field.getKey()),
            "status field " + field.getKey() + " is reserved: kro writes it into every instance");
        continue;
      }
      if (field.getKey().equals(CONDITIONS)) {
        conditions = new ConditionsCompiler(values).compile(field.getValue(), scope, diagnostics);
        continue;
      }
      compileNode(field.getValue(), path, scope, inference, diagnostics, fields, withoutExpressions)
          .ifPresent(schema -> properties.put(field.getKey(), schema));
    }
    if (!withoutExpressions.isEmpty()) {
      diagnostics.error(
          Stage.STATUS,
          ResourcePaths.SCHEMA_STATUS,
          "status fields without expressions are not supported: " + withoutExpressions);
    }
    JSONSchemaProps schema =
        new JSONSchemaPropsBuilder().withType("object").withProperties(properties).build();
    return new Result(fields, conditions, schema);
  }

  private Optional<JSONSchemaProps> compileNode(
      JsonNode node,
      FieldPath path,
      GraphScope scope,
      StatusSchemaInference inference,
      Diagnostics diagnostics,
      List<CompiledField> fields,
      List<String> withoutExpressions) {
    if (node.isObject()) {
      Map<String, JSONSchemaProps> properties = new LinkedHashMap<>();
      node.fields()
          .forEachRemaining(
              f ->
                  compileNode(
                          f.getValue(),
                          path.field(f.getKey()),
                          scope,
                          inference,
                          diagnostics,
                          fields,
                          withoutExpressions)
                      .ifPresent(s -> properties.put(f.getKey(), s)));
      return Optional.of(
          new JSONSchemaPropsBuilder().withType("object").withProperties(properties).build());
    }
    if (node.isArray()) {
      List<JSONSchemaProps> items = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        compileNode(
                node.get(i),
                path.index(i),
                scope,
                inference,
                diagnostics,
                fields,
                withoutExpressions)
            .ifPresent(items::add);
      }
      JSONSchemaProps item =
          items.stream().distinct().count() == 1 ? items.get(0) : StatusSchemaInference.anyValue();
      return Optional.of(
          new JSONSchemaPropsBuilder()
              .withType("array")
              .withNewItems()
              .withSchema(item)
              .endItems()
              .build());
    }
    if (!node.isTextual() || !node.asText().contains(TemplateWalker.EXPRESSION_START)) {
      withoutExpressions.add(path.toString());
      return Optional.empty();
    }
    FieldPath absolute = ResourcePaths.SCHEMA_STATUS.resolve(path);
    ValuePlace place =
        new ValuePlace(diagnostics, Stage.STATUS, Optional.empty(), FieldPath.ROOT, absolute);
    Optional<CompiledValue> value =
        values.compile(
            node.asText(),
            ValueCompiler.Expected.ANY,
            scope.env(),
            scope.graphVariables(),
            place,
            OmitRules.Place.NOT_A_TEMPLATE);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    List<CompiledExpression> expressions =
        ResourceCompiler.expressionsOf(
            List.of(new CompiledField(path, value.get())), List.of(), List.of());
    if (expressions.stream().allMatch(e -> e.references().isEmpty())) {
      place.error("instance status field must refer to a resource or schema");
      return Optional.empty();
    }
    fields.add(new CompiledField(path, value.get()));
    return Optional.of(
        value.get() instanceof CompiledValue.Standalone standalone
            ? inference.schemaFor(standalone.expression().type())
            : new JSONSchemaPropsBuilder().withType("string").build());
  }
}
