package run.kro.backend.cel;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import run.kro.backend.openapi.SchemaTypes;

/**
 * Turns OpenAPI schemas into CEL types for one compile, and serves them to the type checker by
 * name. Objects with properties become struct types named by their path ({@code
 * __type_deployment.spec.template}, list items {@code .@idx}, map values {@code .@elem}, as kro
 * names them); nested types are created only when an expression reaches them, so a large kind such
 * as Deployment costs only what is used. An untyped {@code metadata} object is given the full
 * ObjectMeta schema. Thread-safe.
 */
public final class CelTypeRegistry implements CelTypeProvider {

  public static final String TYPE_PREFIX = "__type_";

  private final Map<String, CelType> structs = new ConcurrentHashMap<>();
  private final Map<String, JSONSchemaProps> schemas = new ConcurrentHashMap<>();
  private final JSONSchemaProps objectMeta;

  /**
   * @param objectMeta the schema of ObjectMeta, given to {@code metadata} fields that declare no
   *     properties
   */
  public CelTypeRegistry(JSONSchemaProps objectMeta) {
    this.objectMeta = objectMeta;
  }

  /**
   * The CEL type of a root object, e.g. the kind of resource {@code id}: struct {@code
   * __type_<id>}.
   */
  public CelType rootType(String id, JSONSchemaProps schema) {
    return typeOf(schema, TYPE_PREFIX + id);
  }

  /** The CEL type of {@code schema}; {@code name} names it if it becomes a struct. */
  public CelType typeOf(JSONSchemaProps schema, String name) {
    if (schema == null || SchemaTypes.isIntOrString(schema) || hasAlternatives(schema)) {
      return SimpleType.DYN;
    }
    String type = schema.getType() == null ? "" : schema.getType();
    boolean hasProperties = schema.getProperties() != null && !schema.getProperties().isEmpty();
    if (hasProperties && (type.isEmpty() || type.equals("object"))) {
      return struct(schema, name);
    }
    return switch (type) {
      case "object" -> objectWithoutProperties(schema, name);
      case "array" ->
          ListType.create(
              schema.getItems() == null || schema.getItems().getSchema() == null
                  ? SimpleType.DYN
                  : typeOf(schema.getItems().getSchema(), name + ".@idx"));
      case "string" -> stringType(schema.getFormat());
      case "integer" -> SimpleType.INT;
      case "number" -> SimpleType.DOUBLE;
      case "boolean" -> SimpleType.BOOL;
      default -> SimpleType.DYN;
    };
  }

  /** Adds a struct type that does not come from a schema, such as kro's Condition. */
  public void register(StructType type) {
    structs.putIfAbsent(type.name(), type);
  }

  /** The schema a struct type was made from, so inferred status fields can reuse it. */
  public Optional<JSONSchemaProps> schemaOf(String structName) {
    return Optional.ofNullable(schemas.get(structName));
  }

  @Override
  public ImmutableCollection<CelType> types() {
    return ImmutableList.copyOf(structs.values());
  }

  @Override
  public Optional<CelType> findType(String typeName) {
    return Optional.ofNullable(structs.get(typeName));
  }

  private CelType objectWithoutProperties(JSONSchemaProps schema, String name) {
    Optional<JSONSchemaProps> values = SchemaTypes.additionalPropertiesSchema(schema);
    if (values.isPresent()) {
      return MapType.create(SimpleType.STRING, typeOf(values.get(), name + ".@elem"));
    }
    if (name.endsWith(".metadata")
        && objectMeta != null
        && !SchemaTypes.preservesUnknownFields(schema)) {
      return typeOf(objectMeta, name);
    }
    return SimpleType.DYN;
  }

  private CelType struct(JSONSchemaProps schema, String name) {
    CelType existing = structs.get(name);
    if (existing != null) {
      return existing;
    }
    Map<String, JSONSchemaProps> properties = schema.getProperties();
    StructType struct =
        StructType.create(
            name,
            ImmutableSet.copyOf(properties.keySet()),
            field ->
                Optional.ofNullable(properties.get(field)).map(p -> typeOf(p, name + "." + field)));
    schemas.putIfAbsent(name, schema);
    CelType raced = structs.putIfAbsent(name, struct);
    return raced == null ? struct : raced;
  }

  private static boolean hasAlternatives(JSONSchemaProps schema) {
    return (schema.getAnyOf() != null && !schema.getAnyOf().isEmpty())
        || (schema.getOneOf() != null && !schema.getOneOf().isEmpty());
  }

  private static CelType stringType(String format) {
    if (format == null) {
      return SimpleType.STRING;
    }
    return switch (format) {
      case "byte" -> SimpleType.BYTES;
      case "date-time" -> SimpleType.TIMESTAMP;
      case "duration" -> SimpleType.DURATION;
      default -> SimpleType.STRING;
    };
  }
}
