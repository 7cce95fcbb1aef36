package run.kro.backend.cel;

/**
 * Quotes text as a double-quoted CEL string literal, escaping as Go's {@code strconv.Quote} does
 * (upstream builds template expressions with it): backslash and quote, the C escapes, {@code \\x}
 * for other ASCII controls, and {@code \\u}/{@code \\U} for anything else that is not a printable
 * character.
 */
final class CelStringLiteral {

  private CelStringLiteral() {}

  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    text.codePoints().forEach(codePoint -> append(out, codePoint));
    return out.append('"').toString();
  }

  private static void append(StringBuilder out, int codePoint) {
    switch (codePoint) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case 0x07 -> out.append("\\a");
      case '\b' -> out.append("\\b");
      case '\f' -> out.append("\\f");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      case 0x0B -> out.append("\\v");
      default -> {
        if (Character.getType(codePoint) == Character.SURROGATE) {
          out.append("\\ufffd"); // an unpaired surrogate cannot be written in CEL
        } else if (isPrintable(codePoint)) {
          out.appendCodePoint(codePoint);
        } else if (codePoint < ' ' || codePoint == 0x7F) {
          out.append(String.format("\\x%02x", codePoint));
        } else if (codePoint < 0x10000) {
          out.append(String.format("\\u%04x", codePoint));
        } else {
          out.append(String.format("\\U%08x", codePoint));
        }
      }
    }
  }

  /**
   * Go's {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII
   * space.
   */
  private static boolean isPrintable(int codePoint) {
    if (codePoint == ' ') {
      return true;
    }
    return switch (Character.getType(codePoint)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK,
          Character.COMBINING_SPACING_MARK,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER,
          Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.MATH_SYMBOL,
          Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL ->
          true;
      default -> false;
    };
  }
}
