package run.kro.backend.cel.library;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * Go's {@code netip.ParseAddr} and {@code netip.ParsePrefix}, which Kubernetes' {@code ip()} and
 * {@code cidr()} parse with: which strings are addresses (dotted IPv4 with no leading zeros, IPv6
 * with an optional trailing IPv4 and an optional zone) and the reason given for those that are not,
 * which Kubernetes passes on. Guava's {@code InetAddresses} accepts a different set (it resolves
 * zones to interfaces and turns {@code ::ffff:a.b.c.d} into IPv4) and gives no reasons, hence this
 * port.
 */
final class GoNetip {

  private static final int IPV4_BYTES = 4;
  private static final int IPV6_BYTES = 16;
  private static final int MAX_HEX_DIGITS = 4;
  private static final int MAX_GROUP = 0xFFFF;
  private static final int MAX_OCTET = 255;
  private static final int EMBEDDED_IPV4_AT = 12;

  /** An address: 4 or 16 bytes, and the zone after {@code %} (IPv6 only; empty when none). */
  record Address(byte[] bytes, String zone) {}

  private GoNetip() {}

  static Address parseAddr(String text) throws ParseException {
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case '.':
          return new Address(parseIpv4(text, 0, text.length()), "");
        case ':':
          return parseIpv6(text);
        case '%':
          throw addrError(text, "missing IPv6 address", null);
        default:
          break;
      }
    }
    throw addrError(text, "unable to parse IP", null);
  }

  /** An address and its prefix length; the address is kept as written, host bits and all. */
  record Prefix(Address address, int bits) {}

  static Prefix parsePrefix(String text) throws ParseException {
    int slash = text.lastIndexOf('/');
    if (slash < 0) {
      throw prefixError(text, "no '/'");
    }
    Address address;
    try {
      address = parseAddr(text.substring(0, slash));
    } catch (ParseException e) {
      throw prefixError(text, e.getMessage());
    }
    if (!address.zone().isEmpty()) {
      throw prefixError(text, "IPv6 zones cannot be present in a prefix");
    }
    String bitsText = text.substring(slash + 1);
    long bits;
    try {
      if (bitsText.length() > 1 && (bitsText.charAt(0) < '1' || bitsText.charAt(0) > '9')) {
        throw new NumberFormatException();
      }
      bits = Long.parseLong(bitsText);
    } catch (NumberFormatException e) {
      throw prefixError(text, "bad bits after slash: " + quote(bitsText));
    }
    if (bits < 0 || bits > address.bytes().length * Byte.SIZE) {
      throw prefixError(text, "prefix length out of range");
    }
    return new Prefix(address, (int) bits);
  }

  private static byte[] parseIpv4(String in, int start, int end) throws ParseException {
    byte[] fields = new byte[IPV4_BYTES];
    String s = in.substring(start, end);
    int value = 0;
    int field = 0;
    int digits = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (digits == 1 && value == 0) {
          throw addrError(in, "IPv4 field has octet with leading zero", null);
        }
        value = value * 10 + c - '0';
        digits++;
        if (value > MAX_OCTET) {
          throw addrError(in, "IPv4 field has value >255", null);
        }
      } else if (c == '.') {
        if (i == 0 || i == s.length() - 1 || s.charAt(i - 1) == '.') {
          throw addrError(in, "IPv4 field must have at least one digit", s.substring(i));
        }
        if (field == IPV4_BYTES - 1) {
          throw addrError(in, "IPv4 address too long", null);
        }
        fields[field++] = (byte) value;
        value = 0;
        digits = 0;
      } else {
        throw addrError(in, "unexpected character", s.substring(i));
      }
    }
    if (field < IPV4_BYTES - 1) {
      throw addrError(in, "IPv4 address too short", null);
    }
    fields[IPV4_BYTES - 1] = (byte) value;
    return fields;
  }

  private static Address parseIpv6(String in) throws ParseException {
    String s = in;
    String zone = "";
    int percent = s.indexOf('%');
    if (percent >= 0) {
      zone = s.substring(percent + 1);
      s = s.substring(0, percent);
      if (zone.isEmpty()) {
        throw addrError(in, "zone must be a non-empty string", null);
      }
    }
    byte[] ip = new byte[IPV6_BYTES];
    int ellipsis = -1;
    if (s.startsWith("::")) {
      ellipsis = 0;
      s = s.substring(2);
      if (s.isEmpty()) {
        return new Address(ip, zone);
      }
    }
    int i = 0;
    while (i < IPV6_BYTES) {
      int off = 0;
      int acc = 0;
      for (; off < s.length(); off++) {
        int digit = Character.digit(s.charAt(off), 16);
        if (digit < 0 || s.charAt(off) > 'f') {
          break;
        }
        acc = (acc << 4) + digit;
        if (off >= MAX_HEX_DIGITS) {
          throw addrError(in, "each group must have 4 or less digits", s);
        }
        if (acc > MAX_GROUP) {
          throw addrError(in, "IPv6 field has value >=2^16", s);
        }
      }
      if (off == 0) {
        throw addrError(in, "each colon-separated field must have at least one digit", s);
      }
      if (off < s.length() && s.charAt(off) == '.') {
        if (ellipsis < 0 && i != EMBEDDED_IPV4_AT) {
          throw addrError(
              in, "embedded IPv4 address must replace the final 2 fields of the address", s);
        }
        if (i + IPV4_BYTES > IPV6_BYTES) {
          throw addrError(
              in, "too many hex fields to fit an embedded IPv4 at the end of the address", s);
        }
        int end = in.length() - (zone.isEmpty() ? 0 : zone.length() + 1);
        System.arraycopy(parseIpv4(in, end - s.length(), end), 0, ip, i, IPV4_BYTES);
        s = "";
        i += IPV4_BYTES;
        break;
      }
      ip[i] = (byte) (acc >> 8);
      ip[i + 1] = (byte) acc;
      i += 2;
      s = s.substring(off);
      if (s.isEmpty()) {
        break;
      }
      if (s.charAt(0) != ':') {
        throw addrError(in, "unexpected character, want colon", s);
      } else if (s.length() == 1) {
        throw addrError(in, "colon must be followed by more characters", s);
      }
      s = s.substring(1);
      if (s.charAt(0) == ':') {
        if (ellipsis >= 0) {
          throw addrError(in, "multiple :: in address", s);
        }
        ellipsis = i;
        s = s.substring(1);
        if (s.isEmpty()) {
          break;
        }
      }
    }
    if (!s.isEmpty()) {
      throw addrError(in, "trailing garbage after address", s);
    }
    if (i < IPV6_BYTES) {
      if (ellipsis < 0) {
        throw addrError(in, "address string too short", null);
      }
      int shift = IPV6_BYTES - i;
      System.arraycopy(ip, ellipsis, ip, ellipsis + shift, i - ellipsis);
      Arrays.fill(ip, ellipsis, ellipsis + shift, (byte) 0);
    } else if (ellipsis >= 0) {
      throw addrError(in, "the :: must expand to at least one field of zeros", null);
    }
    return new Address(ip, zone);
  }

  private static ParseException addrError(String in, String message, String at) {
    String where = at == null ? "" : " (at " + quote(at) + ")";
    return new ParseException("ParseAddr(" + quote(in) + "): " + message + where);
  }

  private static ParseException prefixError(String in, String message) {
    return new ParseException("netip.ParsePrefix(" + quote(in) + "): " + message);
  }

  /**
   * Go's {@code strconv.Quote} for the printable text these messages quote, control characters
   * escaped.
   */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      appendQuoted(text.charAt(i), out);
    }
    return out.append('"').toString();
  }

  /**
   * {@link #quote} of bytes that may not be UTF-8: Go writes each byte of a broken sequence as
   * {@code \xNN}.
   */
  static String quote(byte[] bytes) {
    StringBuilder out = new StringBuilder("\"");
    CharsetDecoder decoder =
        UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    int i = 0;
    while (i < bytes.length) {
      int length =
          (bytes[i] & 0xff) < 0x80
              ? 1
              : (bytes[i] & 0xe0) == 0xc0 ? 2 : (bytes[i] & 0xf0) == 0xe0 ? 3 : 4;
      try {
        CharBuffer decoded =
            decoder.decode(ByteBuffer.wrap(bytes, i, Math.min(length, bytes.length - i)));
        decoded.chars().forEach(c -> appendQuoted((char) c, out));
        i += length;
      } catch (CharacterCodingException e) {
        out.append(String.format("\\x%02x", bytes[i] & 0xff));
        i++;
      }
    }
    return out.append('"').toString();
  }

  private static void appendQuoted(char c, StringBuilder out) {
    switch (c) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      default -> {
        if (c < 0x20 || c == 0x7f) {
          out.append(String.format("\\x%02x", (int) c));
        } else {
          out.append(c);
        }
      }
    }
  }
}
