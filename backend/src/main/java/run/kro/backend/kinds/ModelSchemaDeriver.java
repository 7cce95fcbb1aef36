package run.kro.backend.kinds;

import static run.kro.backend.kinds.SchemaShapes.BOOLEAN;
import static run.kro.backend.kinds.SchemaShapes.INTEGER;
import static run.kro.backend.kinds.SchemaShapes.NUMBER;
import static run.kro.backend.kinds.SchemaShapes.STRING;
import static run.kro.backend.kinds.WireFormats.DATE_TIME;

import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.fabric8.kubernetes.api.model.Duration;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.MicroTime;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Derives the OpenAPI schema of a fabric8 model class from what Jackson serializes: property names
 * and generic types as Jackson's bean introspection sees them (so {@code @JsonIgnore} and the
 * {@code additionalProperties} any-getter never appear). A class met again below itself is cut off
 * as an object with unknown fields. Thread-safe.
 */
final class ModelSchemaDeriver {

  /** Wire type and format of a Java scalar type; a null format means none. */
  private record Scalar(String type, String format) {}

  private static final Map<Class<?>, Scalar> SCALARS =
      Map.ofEntries(
          Map.entry(String.class, new Scalar(STRING, null)),
          Map.entry(Character.class, new Scalar(STRING, null)),
          Map.entry(char.class, new Scalar(STRING, null)),
          Map.entry(Boolean.class, new Scalar(BOOLEAN, null)),
          Map.entry(boolean.class, new Scalar(BOOLEAN, null)),
          Map.entry(Short.class, new Scalar(INTEGER, "int32")),
          Map.entry(short.class, new Scalar(INTEGER, "int32")),
          Map.entry(Integer.class, new Scalar(INTEGER, "int32")),
          Map.entry(int.class, new Scalar(INTEGER, "int32")),
          Map.entry(Long.class, new Scalar(INTEGER, "int64")),
          Map.entry(long.class, new Scalar(INTEGER, "int64")),
          Map.entry(BigInteger.class, new Scalar(INTEGER, null)),
          Map.entry(Float.class, new Scalar(NUMBER, "float")),
          Map.entry(float.class, new Scalar(NUMBER, "float")),
          Map.entry(Double.class, new Scalar(NUMBER, "double")),
          Map.entry(double.class, new Scalar(NUMBER, "double")),
          Map.entry(BigDecimal.class, new Scalar(NUMBER, null)),
          Map.entry(ZonedDateTime.class, new Scalar(STRING, DATE_TIME)),
          Map.entry(OffsetDateTime.class, new Scalar(STRING, DATE_TIME)),
          Map.entry(Instant.class, new Scalar(STRING, DATE_TIME)),
          Map.entry(byte[].class, new Scalar(STRING, WireFormats.BYTE)));

  /**
   * Classes with their own Jackson serializer whose wire shape is known; any other such class is
   * "any value".
   */
  private static final Map<Class<?>, Supplier<JSONSchemaProps>> CUSTOM_SERIALIZED =
      Map.of(
          IntOrString.class,
          SchemaShapes::intOrString,
          Quantity.class,
          SchemaShapes::intOrString,
          Duration.class,
          () -> SchemaShapes.scalar(STRING, null),
          MicroTime.class,
          () -> SchemaShapes.scalar(STRING, DATE_TIME));

  private final SerializationConfig config = new ObjectMapper().getSerializationConfig();

  /** The schema of one object of {@code type}. */
  JSONSchemaProps derive(Class<?> type) {
    return schemaOf(config.constructType(type), Optional.empty(), new HashSet<>());
  }

  private JSONSchemaProps schemaOf(
      JavaType type, Optional<String> format, Set<Class<?>> enclosing) {
    Class<?> raw = type.getRawClass();
    Scalar scalar = SCALARS.get(raw);
    if (scalar != null) {
      // A wire format from the override table only refines strings (base64 bytes, timestamps).
      String wireFormat =
          STRING.equals(scalar.type()) ? format.orElse(scalar.format()) : scalar.format();
      return SchemaShapes.scalar(scalar.type(), wireFormat);
    }
    if (type.isArrayType() || type.isCollectionLikeType()) {
      return SchemaShapes.array(schemaOf(type.getContentType(), format, enclosing));
    }
    if (type.isMapLikeType()) {
      JavaType values = type.getContentType();
      return values.hasRawClass(Object.class)
          ? SchemaShapes.anyObject()
          : SchemaShapes.map(schemaOf(values, format, enclosing));
    }
    if (raw.isEnum()) {
      return SchemaShapes.scalar(STRING, null);
    }
    Supplier<JSONSchemaProps> custom = CUSTOM_SERIALIZED.get(raw);
    if (custom != null) {
      return custom.get();
    }
    if (raw == Object.class || raw.isInterface() || Modifier.isAbstract(raw.getModifiers())) {
      return SchemaShapes.anyValue();
    }
    return beanSchema(type, enclosing);
  }

  private JSONSchemaProps beanSchema(JavaType type, Set<Class<?>> enclosing) {
    Class<?> raw = type.getRawClass();
    BeanDescription bean = config.introspect(type);
    AnnotationIntrospector annotations = config.getAnnotationIntrospector();
    if (annotations.findSerializer(bean.getClassInfo()) != null) {
      return SchemaShapes.anyValue();
    }
    if (!enclosing.add(raw)) {
      return SchemaShapes.anyObject();
    }
    Map<String, JSONSchemaProps> properties = new LinkedHashMap<>();
    for (BeanPropertyDefinition property : bean.findProperties()) {
      if (property.couldSerialize()) {
        Optional<String> format = WireFormats.of(raw, property.getName());
        properties.put(property.getName(), schemaOf(property.getPrimaryType(), format, enclosing));
      }
    }
    enclosing.remove(raw);
    return SchemaShapes.object(properties);
  }
}
