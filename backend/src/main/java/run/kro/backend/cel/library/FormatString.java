package run.kro.backend.cel.library;

import java.util.OptionalLong;

/**
 * The syntax of cel-go's {@code string.format}: {@code %%} is a percent sign; any other {@code %}
 * starts a clause, {@code %[.precision]verb}, which takes the next argument. The verbs are {@code s
 * d f e b x X o}; the precision (at most 100) only matters to {@code f} and {@code e}, whose
 * default is 6. What a clause does with its argument is up to the {@link Arguments}: format it at
 * run time, check its type when a call is checked. Errors use cel-go's texts.
 */
final class FormatString {

  static final int DEFAULT_PRECISION = 6;
  static final int MAX_PRECISION = 100;

  /** The arguments of one call, as the runtime or the checker sees them. */
  interface Arguments {

    int size();

    /** A clause wants argument {@code index}; the runtime fails here when there is none. */
    void request(int index) throws FormatException;

    /**
     * The text of argument {@code index} under {@code verb}, or a type error naming the argument.
     */
    String apply(int index, char verb, int precision) throws FormatException;
  }

  /**
   * A format error; {@code culprit} names the argument at fault, when one is: its index at run
   * time, its expression id when checked.
   */
  static final class FormatException extends Exception {

    private final transient OptionalLong culprit;

    FormatException(String message) {
      this(message, OptionalLong.empty());
    }

    FormatException(String message, OptionalLong culprit) {
      super(message);
      this.culprit = culprit;
    }

    OptionalLong culprit() {
      return culprit;
    }
  }

  private FormatString() {}

  static String apply(String format, Arguments arguments) throws FormatException {
    StringBuilder out = new StringBuilder();
    int argument = 0;
    int i = 0;
    while (i < format.length()) {
      char c = format.charAt(i);
      if (c != '%') {
        out.append(c);
        i++;
      } else if (i + 1 < format.length() && format.charAt(i + 1) == '%') {
        out.append('%');
        i += 2;
      } else {
        arguments.request(argument);
        if (i + 1 >= format.length()) {
          throw new FormatException("unexpected end of string");
        }
        if (argument >= arguments.size()) {
          throw new FormatException("index " + argument + " out of range");
        }
        int verbAt = i + 1 + precisionLength(format, i + 1);
        int precision = precision(format, i + 1, verbAt);
        char verb = format.charAt(verbAt);
        if ("sdfebxXo".indexOf(verb) < 0) {
          throw clauseError("unrecognized formatting clause \"" + verb + "\"");
        }
        try {
          out.append(arguments.apply(argument, verb, precision));
        } catch (FormatException e) {
          throw new FormatException("error during formatting: " + e.getMessage(), e.culprit());
        }
        argument++;
        i = verbAt + 1;
      }
    }
    return out.toString();
  }

  /**
   * How many characters the precision after {@code %} at {@code start} takes: none, or a dot and
   * its digits.
   */
  private static int precisionLength(String format, int start) throws FormatException {
    if (format.charAt(start) != '.') {
      return 0;
    }
    int end = start + 1;
    while (end < format.length() && isDigit(format.charAt(end))) {
      end++;
    }
    if (end >= format.length()) {
      throw precisionError("could not find end of precision specifier");
    }
    return end - start;
  }

  private static int precision(String format, int start, int verbAt) throws FormatException {
    if (verbAt == start) {
      return DEFAULT_PRECISION;
    }
    String digits = format.substring(start + 1, verbAt);
    long precision;
    try {
      precision = Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw precisionError(
          "error while converting precision to integer: strconv.Atoi: parsing \""
              + digits
              + "\": "
              + (digits.isEmpty() ? "invalid syntax" : "value out of range"));
    }
    if (precision > MAX_PRECISION) {
      throw precisionError(
          "precision " + precision + " exceeds maximum allowed precision " + MAX_PRECISION);
    }
    return (int) precision;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static FormatException precisionError(String message) {
    return clauseError("error while parsing precision: " + message);
  }

  private static FormatException clauseError(String message) {
    return new FormatException("could not parse formatting clause: " + message);
  }
}
