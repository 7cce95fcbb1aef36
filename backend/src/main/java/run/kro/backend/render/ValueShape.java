package run.kro.backend.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.StructType;
import dev.cel.common.values.CelByteString;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import run.kro.backend.cel.GoDurations;
import run.kro.backend.cel.JsonCelValues;

/**
 * Converts JSON into CEL values the way the compiler typed them (kro's schema-aware values,
 * docs/design.md#missing-data-and-errors): a field with {@code format: byte} (a Secret's {@code
 * data}) is checked as {@code bytes}, so it must arrive as bytes for {@code string(secret.data.x)}
 * to decode it; {@code date-time} arrives as a timestamp, {@code duration} as a duration, and a
 * {@code number} that JSON wrote without a fraction as a double. Everything else is converted as
 * {@link JsonCelValues} does. Text that does not parse as its format stays text. Shapes are built
 * lazily from the checked types and shared by every evaluation of a graph; thread-safe.
 */
sealed interface ValueShape {

  Object toCel(JsonNode node);

  ValueShape PLAIN = new Plain();

  static ValueShape of(CelType type) {
    if (type instanceof StructType struct) {
      return new Struct(struct, new ConcurrentHashMap<>());
    }
    if (type instanceof ListType list) {
      ValueShape items = of(list.elemType());
      return items == PLAIN ? PLAIN : new ListOf(items);
    }
    if (type instanceof MapType map) {
      ValueShape values = of(map.valueType());
      return values == PLAIN ? PLAIN : new MapOf(values);
    }
    if (type == null) {
      return PLAIN;
    }
    return switch (type.kind()) {
      case BYTES -> new Scalar(Scalar.Kind.BYTES);
      case TIMESTAMP -> new Scalar(Scalar.Kind.TIMESTAMP);
      case DURATION -> new Scalar(Scalar.Kind.DURATION);
      case DOUBLE -> new Scalar(Scalar.Kind.DOUBLE);
      default -> PLAIN;
    };
  }

  /** No special type anywhere below: plain JSON conversion. */
  record Plain() implements ValueShape {
    @Override
    public Object toCel(JsonNode node) {
      return JsonCelValues.toCel(node);
    }
  }

  /** An object whose fields have types; field shapes are resolved when a field is first seen. */
  record Struct(StructType type, Map<String, ValueShape> fields) implements ValueShape {
    @Override
    public Object toCel(JsonNode node) {
      if (!node.isObject()) {
        return PLAIN.toCel(node);
      }
      Map<String, Object> map = new LinkedHashMap<>(node.size() * 2);
      node.fields()
          .forEachRemaining(
              field -> map.put(field.getKey(), fieldShape(field.getKey()).toCel(field.getValue())));
      return Collections.unmodifiableMap(map);
    }

    private ValueShape fieldShape(String name) {
      ValueShape known = fields.get(name);
      if (known == null) {
        known = type.findField(name).map(f -> of(f.type())).orElse(PLAIN);
        fields.putIfAbsent(name, known);
      }
      return known;
    }
  }

  record ListOf(ValueShape items) implements ValueShape {
    @Override
    public Object toCel(JsonNode node) {
      if (!node.isArray()) {
        return PLAIN.toCel(node);
      }
      List<Object> list = new ArrayList<>(node.size());
      node.forEach(item -> list.add(items.toCel(item)));
      return Collections.unmodifiableList(list);
    }
  }

  record MapOf(ValueShape values) implements ValueShape {
    @Override
    public Object toCel(JsonNode node) {
      if (!node.isObject()) {
        return PLAIN.toCel(node);
      }
      Map<String, Object> map = new LinkedHashMap<>(node.size() * 2);
      node.fields()
          .forEachRemaining(field -> map.put(field.getKey(), values.toCel(field.getValue())));
      return Collections.unmodifiableMap(map);
    }
  }

  /** A leaf whose CEL type is not what plain JSON conversion gives. */
  record Scalar(Kind kind) implements ValueShape {

    enum Kind {
      BYTES,
      TIMESTAMP,
      DURATION,
      DOUBLE
    }

    @Override
    public Object toCel(JsonNode node) {
      if (kind == Kind.DOUBLE) {
        return node.isNumber() ? (Object) node.asDouble() : PLAIN.toCel(node);
      }
      if (!node.isTextual()) {
        return PLAIN.toCel(node);
      }
      String text = node.asText();
      Object converted =
          switch (kind) {
            case BYTES -> bytes(text);
            case TIMESTAMP -> timestamp(text);
            case DURATION -> GoDurations.parse(text).orElse(null);
            default -> null;
          };
      return converted == null ? text : converted;
    }

    private static Object bytes(String base64) {
      try {
        return CelByteString.of(Base64.getDecoder().decode(base64));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    private static Object timestamp(String rfc3339) {
      try {
        return Instant.parse(rfc3339);
      } catch (DateTimeParseException e) {
        try {
          return OffsetDateTime.parse(rfc3339).toInstant();
        } catch (DateTimeParseException again) {
          return null;
        }
      }
    }
  }
}
