package run.kro.backend.cel.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cel.common.values.NullValue;
import dev.cel.runtime.CelEvaluationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses JSON text (strictly, one value only) into cel-java runtime values. */
final class JsonDecoder {

  private static final String FAILED = "json.unmarshal failed to parse JSON: ";
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonDecoder() {}

  static Object decode(String json) throws CelEvaluationException {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new CelEvaluationException(FAILED + e.getOriginalMessage());
    }
    if (tree == null || tree.isMissingNode()) {
      throw new CelEvaluationException(FAILED + "unexpected end of JSON input");
    }
    return toCel(tree);
  }

  private static Object toCel(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        node.properties().forEach(field -> map.put(field.getKey(), toCel(field.getValue())));
        yield Collections.unmodifiableMap(map);
      }
      case ARRAY -> {
        List<Object> list = new ArrayList<>(node.size());
        node.forEach(item -> list.add(toCel(item)));
        yield Collections.unmodifiableList(list);
      }
      case NUMBER ->
          node.isIntegralNumber() && node.canConvertToLong()
              ? (Object) node.longValue()
              : node.doubleValue();
      case STRING -> node.textValue();
      case BOOLEAN -> node.booleanValue();
      default -> NullValue.NULL_VALUE;
    };
  }
}
