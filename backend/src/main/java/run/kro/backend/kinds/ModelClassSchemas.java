package run.kro.backend.kinds;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsBuilder;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Derives the OpenAPI schema of a fabric8 model class from its JSON binding (Jackson's view of its properties and
 * their types), so built-in kinds can be type-checked without a cluster. Kubernetes types that serialize as either an
 * integer or a string (IntOrString, Quantity) become {@code x-kubernetes-int-or-string}; untyped values keep unknown
 * fields; a type that contains itself is cut off there. Wire formats the Java types cannot show (base64 bytes,
 * timestamps) come from {@link WireFormats}.
 */
final class ModelClassSchemas {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<Class<?>> INTEGERS = Set.of(Integer.class, int.class, Long.class, long.class, Short.class,
      short.class, Byte.class, byte.class, java.math.BigInteger.class);
  private static final Set<Class<?>> NUMBERS = Set.of(Double.class, double.class, Float.class, float.class,
      java.math.BigDecimal.class, Number.class);

  private ModelClassSchemas() {}

  static JSONSchemaProps of(Class<?> type) {
    return new Walk().schemaOf(MAPPER.constructType(type), type.getSimpleName(), "");
  }

  /** One derivation; remembers the classes being expanded to stop at recursion. */
  private static final class Walk {
    private final Deque<Class<?>> expanding = new ArrayDeque<>();

    JSONSchemaProps schemaOf(JavaType type, String owner, String property) {
      Class<?> raw = type.getRawClass();
      if (raw == String.class || raw.isEnum() || raw == Character.class) {
        return WireFormats.stringSchema(owner, property);
      }
      if (raw == Boolean.class || raw == boolean.class) {
        return typed("boolean");
      }
      if (INTEGERS.contains(raw)) {
        return typed("integer");
      }
      if (NUMBERS.contains(raw)) {
        return typed("number");
      }
      if (raw == IntOrString.class || raw == Quantity.class) {
        return new JSONSchemaPropsBuilder().withXKubernetesIntOrString(true).build();
      }
      if (type.isCollectionLikeType() || type.isArrayType()) {
        return new JSONSchemaPropsBuilder().withType("array")
            .withNewItems().withSchema(schemaOf(type.getContentType(), owner, property)).endItems().build();
      }
      if (type.isMapLikeType()) {
        JavaType values = type.getContentType();
        if (isUntyped(values.getRawClass())) {
          return anyObject();
        }
        return new JSONSchemaPropsBuilder().withType("object").withNewAdditionalProperties()
            .withSchema(WireFormats.mapValueSchema(owner, property, schemaOf(values, owner, property)))
            .endAdditionalProperties().build();
      }
      if (isUntyped(raw) || expanding.contains(raw)) {
        return anyObject();
      }
      return bean(type);
    }

    private JSONSchemaProps bean(JavaType type) {
      Class<?> raw = type.getRawClass();
      expanding.push(raw);
      try {
        BeanDescription description = MAPPER.getSerializationConfig().introspect(type);
        Map<String, JSONSchemaProps> properties = new LinkedHashMap<>();
        for (BeanPropertyDefinition property : description.findProperties()) {
          if (property.hasGetter() || property.hasField()) {
            properties.put(property.getName(), schemaOf(property.getPrimaryType(), raw.getSimpleName(), property.getName()));
          }
        }
        return new JSONSchemaPropsBuilder().withType("object").withProperties(properties).build();
      } finally {
        expanding.pop();
      }
    }

    private static boolean isUntyped(Class<?> raw) {
      return raw == Object.class || JsonNode.class.isAssignableFrom(raw) || raw == KubernetesResource.class
          || raw.isInterface() || Modifier.isAbstract(raw.getModifiers());
    }
  }

  private static JSONSchemaProps typed(String type) {
    return new JSONSchemaPropsBuilder().withType(type).build();
  }

  private static JSONSchemaProps anyObject() {
    return new JSONSchemaPropsBuilder().withXKubernetesPreserveUnknownFields(true).build();
  }
}
