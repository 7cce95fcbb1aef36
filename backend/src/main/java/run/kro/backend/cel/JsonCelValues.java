package run.kro.backend.cel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.primitives.UnsignedLong;
import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import dev.cel.common.values.CelByteString;
import dev.cel.common.values.NullValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import run.kro.backend.cel.library.Omitted;

/**
 * Converts between JSON trees and the values cel-java evaluates: integers as {@code Long}, null as
 * {@link NullValue#NULL_VALUE}, objects as maps, arrays as lists. Results go back to JSON the way
 * Kubernetes writes them: bytes as base64 text, timestamps as RFC 3339 text, durations as Go
 * duration text. {@code omit()} and an optional without a value give a missing node (the field is
 * left out); {@code omit()} inside a returned map or list leaves out that entry or element.
 */
public final class JsonCelValues {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonCelValues() {}

  public static Object toCel(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return NullValue.NULL_VALUE;
    }
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>(node.size() * 2);
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        map.put(field.getKey(), toCel(field.getValue()));
      }
      return Collections.unmodifiableMap(map);
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>(node.size());
      node.forEach(item -> list.add(toCel(item)));
      return Collections.unmodifiableList(list);
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.asLong() : (Object) node.asDouble();
    }
    if (node.isNumber()) {
      return node.asDouble();
    }
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    return node.asText();
  }

  public static JsonNode toJson(Object value) {
    if (value == Omitted.VALUE) {
      return NODES.missingNode();
    }
    if (value == null
        || value instanceof NullValue
        || value instanceof com.google.protobuf.NullValue) {
      return NODES.nullNode();
    }
    if (value instanceof Optional<?> optional) {
      return optional.map(JsonCelValues::toJson).orElse(NODES.missingNode());
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = NODES.objectNode();
      map.forEach(
          (k, v) -> {
            JsonNode converted = toJson(v);
            if (!converted.isMissingNode()) {
              object.set(String.valueOf(k), converted);
            }
          });
      return object;
    }
    if (value instanceof Iterable<?> list) {
      ArrayNode array = NODES.arrayNode();
      list.forEach(
          item -> {
            if (item != Omitted.VALUE) {
              array.add(toJson(item));
            }
          });
      return array;
    }
    return scalar(value);
  }

  private static JsonNode scalar(Object value) {
    if (value instanceof Long || value instanceof Integer) {
      return NODES.numberNode(((Number) value).longValue());
    }
    if (value instanceof UnsignedLong unsigned) {
      return NODES.numberNode(unsigned.bigIntegerValue());
    }
    if (value instanceof Double || value instanceof Float) {
      return NODES.numberNode(((Number) value).doubleValue());
    }
    if (value instanceof Boolean bool) {
      return NODES.booleanNode(bool);
    }
    if (value instanceof CelByteString bytes) {
      return NODES.textNode(Base64.getEncoder().encodeToString(bytes.toByteArray()));
    }
    if (value instanceof ByteString bytes) {
      return NODES.textNode(Base64.getEncoder().encodeToString(bytes.toByteArray()));
    }
    if (value instanceof Instant instant) {
      return NODES.textNode(instant.toString());
    }
    if (value instanceof Timestamp timestamp) {
      return NODES.textNode(
          Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos()).toString());
    }
    if (value instanceof Duration duration) {
      return NODES.textNode(GoDurations.format(duration));
    }
    if (value instanceof com.google.protobuf.Duration duration) {
      return NODES.textNode(
          GoDurations.format(Duration.ofSeconds(duration.getSeconds(), duration.getNanos())));
    }
    return NODES.textNode(String.valueOf(value));
  }
}
