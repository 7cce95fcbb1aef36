package run.kro.backend.schema;

import java.util.Map;

/** Parses the type part of a SimpleSchema field (docs/design.md#field-types). */
final class TypeExpressionParser {

  /** How deeply {@code []} and {@code map[string]} may nest. */
  static final int MAX_DEPTH = 16;

  private static final Map<String, TypeExpression> ATOMIC =
      Map.of(
          "string", new TypeExpression.Atomic("string"),
          "integer", new TypeExpression.Atomic("integer"),
          "boolean", new TypeExpression.Atomic("boolean"),
          "float", new TypeExpression.Atomic("number"),
          "object", new TypeExpression.Schemaless());
  private static final String LIST = "[]";
  private static final String MAP = "map[";

  private TypeExpressionParser() {}

  static TypeExpression parse(String text) throws SchemaException {
    return parse(text.trim(), 0);
  }

  private static TypeExpression parse(String text, int depth) throws SchemaException {
    if (depth > MAX_DEPTH) {
      throw new SchemaException("type nesting too deep (max " + MAX_DEPTH + ")");
    }
    if (text.isEmpty()) {
      throw new SchemaException(depth == 0 ? "empty type" : "empty slice element type");
    }
    if (text.startsWith(LIST)) {
      String element = text.substring(LIST.length()).trim();
      if (element.isEmpty()) {
        throw new SchemaException("empty slice element type");
      }
      return new TypeExpression.ListOf(parse(element, depth + 1));
    }
    if (text.startsWith(MAP)) {
      return parseMap(text, depth);
    }
    TypeExpression atomic = ATOMIC.get(text);
    return atomic != null ? atomic : new TypeExpression.Named(text);
  }

  private static TypeExpression parseMap(String text, int depth) throws SchemaException {
    int close = matchingBracket(text, MAP.length() - 1);
    if (close < 0) {
      throw new SchemaException("invalid map type: " + text + ": missing ]");
    }
    String key = text.substring(MAP.length(), close).trim();
    String value = text.substring(close + 1).trim();
    if (!key.equals("string")) {
      throw new SchemaException("map key must be string, got: " + key);
    }
    if (value.isEmpty()) {
      throw new SchemaException("map value type is required");
    }
    return new TypeExpression.MapOf(parse(value, depth + 1));
  }

  private static int matchingBracket(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      if (text.charAt(i) == '[') {
        depth++;
      } else if (text.charAt(i) == ']' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
