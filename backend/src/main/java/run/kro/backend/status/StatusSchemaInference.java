package run.kro.backend.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsBuilder;
import java.util.Optional;
import run.kro.backend.cel.CelTypeNames;
import run.kro.backend.cel.CelTypeRegistry;

/**
 * The OpenAPI schema of an instance status field, from the CEL type of its expression
 * (docs/design.md#status-fields-and-author-conditions): bool → boolean, int → integer, double →
 * number, string → string, bytes → string/byte, timestamp → string/date-time, lists and maps
 * recursively, a struct reached from a resource → a copy of that resource's schema, anything
 * dynamic → any value.
 */
public final class StatusSchemaInference {

  private static final ObjectMapper COPIER = new ObjectMapper();

  private final CelTypeRegistry registry;

  public StatusSchemaInference(CelTypeRegistry registry) {
    this.registry = registry;
  }

  public JSONSchemaProps schemaFor(CelType type) {
    CelType unwrapped = CelTypeNames.unwrapOptional(type);
    return switch (unwrapped.kind()) {
      case BOOL -> typed("boolean");
      case INT, UINT -> typed("integer");
      case DOUBLE -> typed("number");
      case STRING -> typed("string");
      case BYTES -> new JSONSchemaPropsBuilder().withType("string").withFormat("byte").build();
      case TIMESTAMP ->
          new JSONSchemaPropsBuilder().withType("string").withFormat("date-time").build();
      case DURATION -> typed("string");
      case LIST ->
          new JSONSchemaPropsBuilder()
              .withType("array")
              .withNewItems()
              .withSchema(schemaFor(((ListType) unwrapped).elemType()))
              .endItems()
              .build();
      case MAP ->
          new JSONSchemaPropsBuilder()
              .withType("object")
              .withNewAdditionalProperties()
              .withSchema(schemaFor(((MapType) unwrapped).valueType()))
              .endAdditionalProperties()
              .build();
      case STRUCT -> structSchema(unwrapped.name()).orElseGet(StatusSchemaInference::anyValue);
      default -> anyValue();
    };
  }

  /**
   * A schema that accepts any JSON value; the type of a dynamic expression is only known at run
   * time.
   */
  public static JSONSchemaProps anyValue() {
    return new JSONSchemaPropsBuilder().withXKubernetesPreserveUnknownFields(true).build();
  }

  private Optional<JSONSchemaProps> structSchema(String name) {
    return registry
        .schemaOf(name)
        .map(schema -> COPIER.convertValue(schema, JSONSchemaProps.class));
  }

  private static JSONSchemaProps typed(String type) {
    return new JSONSchemaPropsBuilder().withType(type).build();
  }
}
