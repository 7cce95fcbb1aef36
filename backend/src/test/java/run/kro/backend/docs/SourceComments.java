package run.kro.backend.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * The comments of a source file, line by line: for Java, line and block comments (Javadoc
 * included), never the text of string literals or text blocks; for YAML, what follows a {@code #}
 * that starts a comment (at the start of a line or after a space, outside a quoted scalar). Enough
 * of each language to tell prose from data, no more.
 */
final class SourceComments {

  /** The comment text found on one 1-based line. */
  record Comment(int line, String text) {}

  private SourceComments() {}

  static List<Comment> of(String fileName, String source) {
    return fileName.endsWith(".java") ? java(source) : yaml(source);
  }

  static List<Comment> java(String source) {
    List<Comment> comments = new ArrayList<>();
    String[] lines = source.split("\r?\n", -1);
    boolean inBlock = false;
    boolean inTextBlock = false;
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      StringBuilder comment = new StringBuilder();
      int i = 0;
      while (i < line.length()) {
        if (inBlock) {
          int end = line.indexOf("*/", i);
          comment.append(line, i, end < 0 ? line.length() : end).append(' ');
          inBlock = end < 0;
          i = end < 0 ? line.length() : end + 2;
        } else if (inTextBlock) {
          int end = line.indexOf("\"\"\"", i);
          inTextBlock = end < 0;
          i = end < 0 ? line.length() : end + 3;
        } else if (line.startsWith("//", i)) {
          comment.append(line, i + 2, line.length());
          i = line.length();
        } else if (line.startsWith("/*", i)) {
          inBlock = true;
          i += 2;
        } else if (line.startsWith("\"\"\"", i)) {
          inTextBlock = true;
          i += 3;
        } else if (line.charAt(i) == '"' || line.charAt(i) == '\'') {
          i = endOfLiteral(line, i);
        } else {
          i++;
        }
      }
      if (!comment.isEmpty()) {
        comments.add(new Comment(n + 1, comment.toString()));
      }
    }
    return comments;
  }

  static List<Comment> yaml(String source) {
    List<Comment> comments = new ArrayList<>();
    String[] lines = source.split("\r?\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      char quote = 0;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (quote != 0) {
          quote = c == quote ? 0 : quote;
        } else if ((c == '"' || c == '\'')
            && (i == 0 || " \t:[{,-".indexOf(line.charAt(i - 1)) >= 0)) {
          quote = c;
        } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
          comments.add(new Comment(n + 1, line.substring(i + 1)));
          break;
        }
      }
    }
    return comments;
  }

  /** The index after the string or char literal that starts at {@code start}, escapes honoured. */
  private static int endOfLiteral(String line, int start) {
    char quote = line.charAt(start);
    int i = start + 1;
    while (i < line.length() && line.charAt(i) != quote) {
      i += line.charAt(i) == '\\' ? 2 : 1;
    }
    return i + 1;
  }
}
