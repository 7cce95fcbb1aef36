package run.kro.backend.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsBuilder;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import run.kro.backend.diagnostics.Stage;
import run.kro.backend.source.Diagnostics;
import run.kro.backend.source.FieldPath;

/**
 * Turns SimpleSchema fields into OpenAPI (docs/design.md#field-types): a nested map is an object, a
 * string is a type with markers; custom types are expanded inline from {@code customTypes}. Errors
 * go to {@code diagnostics} at the field's path and the walk goes on, so every bad field is
 * reported.
 */
final class SchemaTransformer {

  private final Map<String, FieldSchema> customTypes;
  private final Set<String> declaredTypes;
  private final Diagnostics diagnostics;

  /**
   * @param customTypes the custom types that were built
   * @param declaredTypes every custom type declared; one that failed to build was reported where it
   *     is declared, so its uses are not reported again
   */
  SchemaTransformer(
      Map<String, FieldSchema> customTypes, Set<String> declaredTypes, Diagnostics diagnostics) {
    this.customTypes = customTypes;
    this.declaredTypes = declaredTypes;
    this.diagnostics = diagnostics;
  }

  /**
   * The object schema of a map of fields, with its sorted required list and propagated defaults.
   */
  JSONSchemaProps object(JsonNode fields, FieldPath path) {
    Map<String, JSONSchemaProps> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      field(field.getValue(), path.field(field.getKey()))
          .ifPresent(
              schema -> {
                properties.put(field.getKey(), schema.schema());
                if (schema.required()) {
                  required.add(field.getKey());
                }
              });
    }
    JSONSchemaProps object =
        new JSONSchemaPropsBuilder().withType("object").withProperties(properties).build();
    if (!required.isEmpty()) {
      object.setRequired(required.stream().sorted().distinct().toList());
    }
    DefaultPropagation.apply(object);
    return object;
  }

  Optional<FieldSchema> field(JsonNode value, FieldPath path) {
    if (value.isObject()) {
      return Optional.of(new FieldSchema(object(value, path), false));
    }
    if (!value.isTextual()) {
      diagnostics.error(
          Stage.SCHEMA,
          path,
          "expected a type such as \"string | required=true\" or a map of fields, got "
              + (value.isNull()
                  ? "no value"
                  : value.getNodeType().name().toLowerCase() + " " + value));
      return Optional.empty();
    }
    try {
      return Optional.of(typeString(value.asText()));
    } catch (SchemaException e) {
      diagnostics.error(Stage.SCHEMA, path, e.getMessage());
      return Optional.empty();
    }
  }

  /** {@code type | markers}: the type before the first {@code |}, the markers after it. */
  FieldSchema typeString(String text) throws SchemaException {
    int bar = text.indexOf('|');
    String typePart = bar < 0 ? text : text.substring(0, bar);
    String markerPart = bar < 0 ? "" : text.substring(bar + 1).trim();
    FieldSchema base = schemaOf(TypeExpressionParser.parse(typePart));
    JSONSchemaProps schema = base.schema();
    boolean required =
        !markerPart.isEmpty() && MarkerApplier.apply(MarkerParser.parse(markerPart), schema);
    return new FieldSchema(schema, required || base.required());
  }

  private FieldSchema schemaOf(TypeExpression type) throws SchemaException {
    if (type instanceof TypeExpression.Atomic atomic) {
      return plain(new JSONSchemaPropsBuilder().withType(atomic.openApiType()).build());
    }
    if (type instanceof TypeExpression.Schemaless) {
      return plain(
          new JSONSchemaPropsBuilder()
              .withType("object")
              .withXKubernetesPreserveUnknownFields(true)
              .build());
    }
    if (type instanceof TypeExpression.ListOf list) {
      return plain(
          new JSONSchemaPropsBuilder()
              .withType("array")
              .withNewItems()
              .withSchema(schemaOf(list.items()).schema())
              .endItems()
              .build());
    }
    if (type instanceof TypeExpression.MapOf map) {
      return plain(
          new JSONSchemaPropsBuilder()
              .withType("object")
              .withNewAdditionalProperties()
              .withSchema(schemaOf(map.values()).schema())
              .endAdditionalProperties()
              .build());
    }
    String name = ((TypeExpression.Named) type).name();
    FieldSchema custom = customTypes.get(name);
    if (custom == null && declaredTypes.contains(name)) {
      return plain(new JSONSchemaPropsBuilder().withXKubernetesPreserveUnknownFields(true).build());
    }
    if (custom == null) {
      throw new SchemaException("unknown type: " + name);
    }
    return new FieldSchema(SchemaCopies.copy(custom.schema()), custom.required());
  }

  private static FieldSchema plain(JSONSchemaProps schema) {
    return new FieldSchema(schema, false);
  }
}
