package run.kro.backend.cel.library;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Go's {@code net/url} percent-encoding, per part of a URL: which bytes a part may hold as they are
 * ({@link #shouldEscape}), escaping and unescaping, and the errors of the latter ("invalid URL
 * escape", "invalid character ... in host name").
 */
final class GoUrlEscaping {

  /** The parts of a URL, each with its own set of bytes that need no escaping. */
  enum Mode {
    PATH,
    PATH_SEGMENT,
    HOST,
    ZONE,
    USER_PASSWORD,
    QUERY_COMPONENT,
    FRAGMENT
  }

  private static final String UPPER_HEX = "0123456789ABCDEF";
  private static final String HOST_ALLOWED = "!$&'()*+,;=:[]<>\"";
  private static final String RESERVED = "$&+,/:;=?@";
  private static final String UNRESERVED_MARKS = "-_.~";
  private static final String FRAGMENT_SUB_DELIMS = "!()*";
  private static final int HIGHEST_ASCII_NOT_ENCODABLE_IN_HOST = 8;

  /** An unescaping error, with Go's message. */
  static final class EscapeException extends Exception {
    EscapeException(String message) {
      super(message);
    }
  }

  private GoUrlEscaping() {}

  static boolean shouldEscape(int c, Mode mode) {
    if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
      return false;
    }
    if ((mode == Mode.HOST || mode == Mode.ZONE) && c < 0x80 && HOST_ALLOWED.indexOf(c) >= 0) {
      return false;
    }
    if (c < 0x80 && UNRESERVED_MARKS.indexOf(c) >= 0) {
      return false;
    }
    if (c < 0x80 && RESERVED.indexOf(c) >= 0) {
      switch (mode) {
        case PATH:
          return c == '?';
        case PATH_SEGMENT:
          return c == '/' || c == ';' || c == ',' || c == '?';
        case USER_PASSWORD:
          return c == '@' || c == '/' || c == '?' || c == ':';
        case QUERY_COMPONENT:
          return true;
        case FRAGMENT:
          return false;
        default:
          break;
      }
    }
    return !(mode == Mode.FRAGMENT && c < 0x80 && FRAGMENT_SUB_DELIMS.indexOf(c) >= 0);
  }

  static String escape(String text, Mode mode) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(UTF_8)) {
      int c = b & 0xff;
      if (c == ' ' && mode == Mode.QUERY_COMPONENT) {
        out.append('+');
      } else if (shouldEscape(c, mode)) {
        out.append('%').append(UPPER_HEX.charAt(c >> 4)).append(UPPER_HEX.charAt(c & 15));
      } else {
        out.append((char) c);
      }
    }
    return out.toString();
  }

  static String unescape(String text, Mode mode) throws EscapeException {
    byte[] s = text.getBytes(UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length);
    for (int i = 0; i < s.length; i++) {
      int c = s[i] & 0xff;
      if (c == '%') {
        if (i + 2 >= s.length || !isHex(s[i + 1]) || !isHex(s[i + 2])) {
          throw escapeError(s, i, Math.min(s.length, i + 3));
        }
        int value = unhex(s[i + 1]) << 4 | unhex(s[i + 2]);
        boolean percent25 = s[i + 1] == '2' && s[i + 2] == '5';
        if (mode == Mode.HOST
            && unhex(s[i + 1]) < HIGHEST_ASCII_NOT_ENCODABLE_IN_HOST
            && !percent25) {
          throw escapeError(s, i, i + 3);
        }
        if (mode == Mode.ZONE && !percent25 && value != ' ' && shouldEscape(value, Mode.HOST)) {
          throw escapeError(s, i, i + 3);
        }
        out.write(value);
        i += 2;
      } else if (c == '+') {
        out.write(mode == Mode.QUERY_COMPONENT ? ' ' : '+');
      } else {
        if ((mode == Mode.HOST || mode == Mode.ZONE) && c < 0x80 && shouldEscape(c, mode)) {
          throw new EscapeException(
              "invalid character " + GoNetip.quote(String.valueOf((char) c)) + " in host name");
        }
        out.write(c);
      }
    }
    return out.toString(UTF_8);
  }

  /**
   * Go's {@code validEncoded}: only bytes that need no escaping, reserved characters and escapes.
   */
  static boolean validEncoded(String text, Mode mode) {
    for (byte b : text.getBytes(UTF_8)) {
      int c = b & 0xff;
      if ("!$&'()*+,;=:@[]%".indexOf(c) < 0 && shouldEscape(c, mode)) {
        return false;
      }
    }
    return true;
  }

  private static EscapeException escapeError(byte[] s, int from, int to) {
    return new EscapeException(
        "invalid URL escape " + GoNetip.quote(Arrays.copyOfRange(s, from, to)));
  }

  private static boolean isHex(byte b) {
    return Character.digit(b, 16) >= 0 && b < 0x80;
  }

  private static int unhex(byte b) {
    return Character.digit(b, 16);
  }
}
