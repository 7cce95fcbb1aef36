package run.kro.backend.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Random edits of text, as a careless hand or a broken transfer makes them: inserted, deleted and
 * swapped characters, duplicated and dropped lines, truncation, and tokens from the grammar spliced
 * in.
 */
final class Mutator {

  /**
   * Pieces that matter to the parsers under test: YAML, SimpleSchema, {@code ${}} templates, CEL.
   */
  static final List<String> TOKENS =
      List.of(
          "${",
          "}",
          "{",
          "[",
          "]",
          "\"",
          "'",
          "\\",
          "|",
          "=",
          ":",
          ": ",
          "- ",
          "\n",
          "\t",
          " ",
          "#",
          "&a",
          "*a",
          "!!str",
          "---",
          "...",
          "? ",
          ",",
          "string",
          "integer",
          "boolean",
          "float",
          "object",
          "[]",
          "map[string]",
          "map[int]",
          "required=true",
          "default=",
          "enum=\"a,b\"",
          "minimum=1",
          "pattern=\"^a$\"",
          "description=\"x\"",
          "schema.spec.",
          "schema.metadata.name",
          ".?",
          ".orValue(",
          ")",
          "(",
          "+",
          "-",
          "*",
          "/",
          "%",
          "==",
          "!=",
          "&&",
          "||",
          "?",
          "!",
          "size(",
          "has(",
          "int(",
          "string(",
          "0",
          "-1",
          "9223372036854775807",
          "1e308",
          "null",
          "true",
          "\u00e9",
          "\u4e2d",
          "\ud83d\ude00",
          "\u0000",
          "\u200b",
          "\ufeff",
          "x".repeat(300));

  private final Random random;

  Mutator(Random random) {
    this.random = random;
  }

  String token() {
    return TOKENS.get(random.nextInt(TOKENS.size()));
  }

  /** One to {@code maxEdits} random edits of {@code text}. */
  String mutate(String text, int maxEdits) {
    StringBuilder out = new StringBuilder(text);
    int edits = 1 + random.nextInt(maxEdits);
    for (int e = 0; e < edits; e++) {
      edit(out);
    }
    return out.toString();
  }

  private void edit(StringBuilder out) {
    int at = out.length() == 0 ? 0 : random.nextInt(out.length());
    switch (random.nextInt(8)) {
      case 0 -> out.insert(at, (char) (32 + random.nextInt(95)));
      case 1 -> {
        if (out.length() > 0) {
          out.deleteCharAt(at);
        }
      }
      case 2 -> {
        if (out.length() > 1) {
          int other = random.nextInt(out.length());
          char c = out.charAt(at);
          out.setCharAt(at, out.charAt(other));
          out.setCharAt(other, c);
        }
      }
      case 3 -> {
        int start = out.lastIndexOf("\n", at) + 1;
        int end = out.indexOf("\n", at);
        end = end < 0 ? out.length() : end + 1;
        String line = out.substring(start, end);
        out.insert(start, random.nextBoolean() ? line : line.endsWith("\n") ? line : line + "\n");
      }
      case 4 -> {
        int start = out.lastIndexOf("\n", at) + 1;
        int end = out.indexOf("\n", at);
        out.delete(start, end < 0 ? out.length() : end + 1);
      }
      case 5 -> out.setLength(at);
      case 6 -> out.insert(at, (char) random.nextInt(0x3000));
      default -> out.insert(at, token());
    }
  }
}
