package run.kro.backend.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the printed form of a {@link FieldPath} back; the inverse of {@link FieldPath#toString()}.
 */
final class FieldPathParser {

  private FieldPathParser() {}

  static FieldPath parse(String text) {
    List<FieldPath.Segment> segments = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '[' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
        StringBuilder key = new StringBuilder();
        int j = i + 2;
        while (j < text.length() && text.charAt(j) != '"') {
          if (text.charAt(j) == '\\' && j + 1 < text.length()) {
            j++;
          }
          key.append(text.charAt(j++));
        }
        segments.add(new FieldPath.Key(key.toString()));
        i = expect(text, j + 1, ']') + 1;
      } else if (c == '[') {
        int close = expect(text, text.indexOf(']', i), ']');
        segments.add(new FieldPath.Index(Integer.parseInt(text.substring(i + 1, close))));
        i = close + 1;
      } else {
        int end = i;
        while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
          end++;
        }
        segments.add(new FieldPath.Key(text.substring(i, end)));
        i = end;
      }
    }
    return new FieldPath(segments);
  }

  private static int expect(String text, int at, char wanted) {
    if (at < 0 || at >= text.length() || text.charAt(at) != wanted) {
      throw new IllegalArgumentException(
          "invalid field path \"" + text + "\": expected '" + wanted + "'");
    }
    return at;
  }
}
