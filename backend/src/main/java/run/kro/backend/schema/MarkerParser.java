package run.kro.backend.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the marker part of a SimpleSchema field (docs/design.md#markers): whitespace-separated
 * {@code key=value} pairs; a value may be double-quoted (with {@code \"} and {@code \\} escapes,
 * other escapes kept as written) or bare, and brackets and braces are balanced so a JSON default
 * may contain spaces. A word without {@code =} is an error wherever it stands.
 */
final class MarkerParser {

  private MarkerParser() {}

  static List<Marker> parse(String text) throws SchemaException {
    List<Marker> markers = new ArrayList<>();
    String key = null;
    StringBuilder buffer = new StringBuilder();
    boolean inQuotes = false;
    boolean escaped = false;
    int brackets = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '=' && key == null && !inQuotes && brackets == 0) {
        key = knownKey(buffer.toString().trim());
        buffer.setLength(0);
      } else if (c == '"' && !escaped) {
        inQuotes = !inQuotes;
        buffer.append(c);
      } else if (c == '\\' && inQuotes && !escaped) {
        escaped = true;
        buffer.append(c);
      } else if ((c == '{' || c == '[') && !inQuotes) {
        brackets++;
        buffer.append(c);
      } else if ((c == '}' || c == ']') && !inQuotes) {
        if (--brackets < 0) {
          throw new SchemaException("unmatched closing bracket/brace");
        }
        buffer.append(c);
      } else if (Character.isWhitespace(c) && !inQuotes && brackets == 0) {
        if (key != null) {
          markers.add(new Marker(key, valueOf(buffer.toString())));
          key = null;
          buffer.setLength(0);
        } else if (buffer.length() > 0 && !buffer.toString().endsWith(" ")) {
          buffer.append(' ');
        }
      } else {
        escaped = false;
        buffer.append(c);
      }
    }
    if (key == null) {
      throw new SchemaException("marker key '" + buffer.toString().trim() + "' without a value");
    }
    if (inQuotes) {
      throw new SchemaException("unclosed quote");
    }
    if (brackets > 0) {
      throw new SchemaException("unclosed bracket/brace");
    }
    markers.add(new Marker(key, valueOf(buffer.toString())));
    return markers;
  }

  private static String knownKey(String key) throws SchemaException {
    if (key.isEmpty()) {
      throw new SchemaException("empty marker key");
    }
    if (!Marker.KNOWN.contains(key)) {
      throw new SchemaException("invalid marker key \"" + key + "\": unknown marker: " + key);
    }
    return key;
  }

  /**
   * Quoted values lose their quotes and {@code \"}/{@code \\} escapes; other escapes stay as
   * written.
   */
  private static String valueOf(String raw) {
    if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
      String inner = raw.substring(1, raw.length() - 1);
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < inner.length(); i++) {
        char c = inner.charAt(i);
        if (c == '\\' && i + 1 < inner.length()) {
          char next = inner.charAt(++i);
          if (next != '"' && next != '\\') {
            out.append('\\');
          }
          out.append(next);
        } else {
          out.append(c);
        }
      }
      return out.toString();
    }
    return raw.trim();
  }
}
