package run.kro.backend.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import run.kro.backend.openapi.SchemaTypes;
import run.kro.backend.source.FieldPath;

/**
 * The value constraints of a schema node: enum, pattern, lengths, bounds, item and property counts,
 * list types.
 */
final class ValueConstraints {

  private final ConcurrentHashMap<String, Pattern> patterns = new ConcurrentHashMap<>();

  void check(JSONSchemaProps schema, JsonNode value, FieldPath path, List<SchemaViolation> out) {
    checkEnum(schema, value, path, out);
    if (value.isTextual()) {
      checkString(schema, value.asText(), path, out);
    } else if (value.isNumber()) {
      checkNumber(schema, value.asDouble(), path, out);
    } else if (value.isArray()) {
      checkArray(schema, value, path, out);
    } else if (value.isObject()) {
      checkCount(
          value.size(),
          schema.getMinProperties(),
          schema.getMaxProperties(),
          "properties",
          path,
          out);
    }
  }

  private void checkEnum(
      JSONSchemaProps schema, JsonNode value, FieldPath path, List<SchemaViolation> out) {
    List<JsonNode> allowed = schema.getEnum();
    if (allowed == null
        || allowed.isEmpty()
        || allowed.stream().anyMatch(a -> sameValue(a, value))) {
      return;
    }
    String choices = allowed.stream().map(JsonNode::toString).collect(Collectors.joining(", "));
    out.add(
        new SchemaViolation(
            path, "unsupported value " + value + ": supported values are " + choices));
  }

  private void checkString(
      JSONSchemaProps schema, String text, FieldPath path, List<SchemaViolation> out) {
    int length = text.codePointCount(0, text.length());
    if (schema.getMinLength() != null && length < schema.getMinLength()) {
      out.add(
          new SchemaViolation(
              path, "must be at least " + schema.getMinLength() + " characters long"));
    }
    if (schema.getMaxLength() != null && length > schema.getMaxLength()) {
      out.add(
          new SchemaViolation(
              path, "must be at most " + schema.getMaxLength() + " characters long"));
    }
    String pattern = schema.getPattern();
    if (pattern != null && !pattern.isEmpty()) {
      try {
        if (!patterns.computeIfAbsent(pattern, Pattern::compile).matcher(text).find()) {
          out.add(
              new SchemaViolation(
                  path,
                  "\"" + SchemaTypes.abbreviate(text) + "\" does not match pattern " + pattern));
        }
      } catch (PatternSyntaxException e) {
        out.add(
            new SchemaViolation(
                path, "the schema's pattern " + pattern + " is not a valid regular expression"));
      }
    }
  }

  private static void checkNumber(
      JSONSchemaProps schema, double number, FieldPath path, List<SchemaViolation> out) {
    Double minimum = schema.getMinimum();
    if (minimum != null) {
      boolean exclusive = Boolean.TRUE.equals(schema.getExclusiveMinimum());
      if (exclusive ? number <= minimum : number < minimum) {
        out.add(
            new SchemaViolation(
                path,
                "must be greater than " + (exclusive ? "" : "or equal to ") + format(minimum)));
      }
    }
    Double maximum = schema.getMaximum();
    if (maximum != null) {
      boolean exclusive = Boolean.TRUE.equals(schema.getExclusiveMaximum());
      if (exclusive ? number >= maximum : number > maximum) {
        out.add(
            new SchemaViolation(
                path, "must be less than " + (exclusive ? "" : "or equal to ") + format(maximum)));
      }
    }
    Double multipleOf = schema.getMultipleOf();
    if (multipleOf != null
        && multipleOf != 0
        && Math.abs(number / multipleOf - Math.rint(number / multipleOf)) > 1e-9) {
      out.add(new SchemaViolation(path, "must be a multiple of " + format(multipleOf)));
    }
  }

  private static void checkArray(
      JSONSchemaProps schema, JsonNode array, FieldPath path, List<SchemaViolation> out) {
    checkCount(array.size(), schema.getMinItems(), schema.getMaxItems(), "items", path, out);
    boolean set =
        "set".equals(schema.getXKubernetesListType())
            || Boolean.TRUE.equals(schema.getUniqueItems());
    if (set) {
      Set<JsonNode> seen = new HashSet<>();
      for (int i = 0; i < array.size(); i++) {
        if (!seen.add(array.get(i))) {
          out.add(new SchemaViolation(path.index(i), "duplicate value " + array.get(i)));
        }
      }
    }
    List<String> mapKeys = schema.getXKubernetesListMapKeys();
    if ("map".equals(schema.getXKubernetesListType()) && mapKeys != null && !mapKeys.isEmpty()) {
      Set<List<JsonNode>> seen = new HashSet<>();
      for (int i = 0; i < array.size(); i++) {
        JsonNode item = array.get(i);
        List<JsonNode> key = mapKeys.stream().map(k -> item.path(k)).toList();
        if (!seen.add(key)) {
          out.add(
              new SchemaViolation(
                  path.index(i), "duplicate entry with key " + keyText(mapKeys, key)));
        }
      }
    }
  }

  private static void checkCount(
      int size, Long min, Long max, String what, FieldPath path, List<SchemaViolation> out) {
    if (min != null && size < min) {
      out.add(
          new SchemaViolation(path, "must have at least " + min + " " + what + ", has " + size));
    }
    if (max != null && size > max) {
      out.add(new SchemaViolation(path, "must have at most " + max + " " + what + ", has " + size));
    }
  }

  private static boolean sameValue(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.asDouble() == b.asDouble();
    }
    return a.equals(b);
  }

  private static String keyText(List<String> names, List<JsonNode> values) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(names.get(i)).append('=').append(values.get(i));
    }
    return out.toString();
  }

  private static String format(double number) {
    return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
  }
}
