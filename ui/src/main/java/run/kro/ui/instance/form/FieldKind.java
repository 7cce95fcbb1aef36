package run.kro.ui.instance.form;

import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.Optional;
import run.kro.backend.openapi.SchemaTypes;

/**
 * Which editor a schema node gets; {@link #UNSUPPORTED} nodes are kept as they are and edited as
 * YAML.
 */
enum FieldKind {
  STRING,
  INTEGER,
  NUMBER,
  BOOLEAN,
  ENUM,
  OBJECT,
  ARRAY,
  MAP,
  UNSUPPORTED;

  static FieldKind of(JSONSchemaProps schema) {
    if (schema == null || SchemaTypes.isIntOrString(schema)) {
      return UNSUPPORTED;
    }
    String type = schema.getType() == null ? "" : schema.getType();
    boolean scalar = type.equals("string") || type.equals("integer") || type.equals("number");
    if (scalar && schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      return ENUM;
    }
    return switch (type) {
      case "string" -> STRING;
      case "integer" -> INTEGER;
      case "number" -> NUMBER;
      case "boolean" -> BOOLEAN;
      case "object" -> objectKind(schema);
      case "array" -> arrayKind(schema);
      default -> UNSUPPORTED;
    };
  }

  boolean isContainer() {
    return this == OBJECT || this == ARRAY || this == MAP;
  }

  /**
   * An object with properties is a section; one with a value schema is a map. One that preserves
   * unknown fields (or allows any property) but names none has no shape to show. An object with
   * neither is an empty section.
   */
  private static FieldKind objectKind(JSONSchemaProps schema) {
    if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
      return OBJECT;
    }
    Optional<JSONSchemaProps> values = SchemaTypes.additionalPropertiesSchema(schema);
    if (values.isPresent()) {
      return of(values.get()) == UNSUPPORTED ? UNSUPPORTED : MAP;
    }
    boolean open =
        SchemaTypes.preservesUnknownFields(schema)
            || (schema.getAdditionalProperties() != null
                && Boolean.TRUE.equals(schema.getAdditionalProperties().getAllows()));
    return open ? UNSUPPORTED : OBJECT;
  }

  /** Arrays of arrays have no row layout here. */
  private static FieldKind arrayKind(JSONSchemaProps schema) {
    JSONSchemaProps items = schema.getItems() == null ? null : schema.getItems().getSchema();
    FieldKind item = of(items);
    return item == ARRAY || item == UNSUPPORTED ? UNSUPPORTED : ARRAY;
  }
}
