package run.kro.backend.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import run.kro.backend.source.Diagnostics;
import run.kro.backend.source.FieldPath;

/**
 * SimpleSchema to OpenAPI v3 (docs/design.md#simpleschema): the instance spec of a ResourceGroup,
 * with its custom types expanded inline. Errors go to {@code diagnostics} at their field; the
 * result is empty when there were any. Thread-safe.
 */
public final class SimpleSchemaCompiler {

  /**
   * @param specPath where {@code spec} stands in the document, e.g. {@code spec.schema.spec}
   * @param typesPath where {@code types} stands
   */
  public Optional<JSONSchemaProps> compile(
      JsonNode spec,
      JsonNode types,
      FieldPath specPath,
      FieldPath typesPath,
      Diagnostics diagnostics) {
    int before = diagnostics.count();
    Map<String, FieldSchema> customTypes = CustomTypes.build(types, typesPath, diagnostics);
    Set<String> declared = new HashSet<>();
    types.fieldNames().forEachRemaining(declared::add);
    JSONSchemaProps schema =
        new SchemaTransformer(customTypes, declared, diagnostics).object(spec, specPath);
    return diagnostics.count() == before ? Optional.of(schema) : Optional.empty();
  }
}
