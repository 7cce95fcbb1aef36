package run.kro.backend.compile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cel.bundle.Cel;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import run.kro.backend.api.CompiledField;
import run.kro.backend.api.CompiledValue;
import run.kro.backend.diagnostics.Stage;
import run.kro.backend.openapi.SchemaTypes;
import run.kro.backend.source.FieldPath;

/**
 * Compiles the expression fields of one object (a template, or an external reference's metadata):
 * walks it against its schema, then compiles every field that holds {@code ${...}} against the type
 * of its place. CRD templates are schemaless and may hold expressions only under {@code metadata}
 * (docs/design.md#where-expressions-are-parsed).
 */
final class FieldCompiler {

  private static final FieldPath METADATA = FieldPath.of("metadata");

  private final TemplateWalker walker;
  private final ValueCompiler values;
  private final OmitRules omit;

  FieldCompiler(TemplateWalker walker, ValueCompiler values, OmitRules omit) {
    this.walker = walker;
    this.values = values;
    this.omit = omit;
  }

  /**
   * @param object the object to walk; {@code root} is where it stands in the document
   * @param schema its schema; empty walks it without one
   */
  List<CompiledField> compile(
      ResolvedResource resource,
      JsonNode object,
      Optional<JSONSchemaProps> schema,
      GraphScope scope,
      Cel env,
      Set<String> allowed,
      ValuePlace root) {
    List<TemplateField> fields =
        walker.walk(
            object,
            schema,
            (path, message) ->
                root.at(root.path().resolve(path)).in(Stage.RESOURCE).error(message));
    List<CompiledField> compiled = new ArrayList<>();
    for (TemplateField field : fields) {
      ValuePlace place = root.at(root.path().resolve(field.path()));
      if (resource.isCustomResourceDefinition() && !field.path().startsWith(METADATA)) {
        place.error(
            "CEL expressions in CRDs are only supported for metadata fields, found in path "
                + field.path());
        continue;
      }
      ValueCompiler.Expected expected =
          field
              .expected()
              .map(
                  s ->
                      new ValueCompiler.Expected(
                          scope.typeAt(resource.id(), field.path(), s), typeName(s)))
              .orElse(ValueCompiler.Expected.ANY);
      Optional<CompiledValue> value =
          values.compile(
              field.value(),
              expected,
              env,
              allowed,
              place,
              omit.fieldPlace(resource, field.path()));
      value.ifPresent(v -> compiled.add(new CompiledField(field.path(), v)));
    }
    return compiled;
  }

  private static String typeName(JSONSchemaProps schema) {
    String name = SchemaTypes.typeName(schema);
    return name.isEmpty() ? "object" : name;
  }
}
