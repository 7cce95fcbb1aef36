package run.kro.backend.cel.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import run.kro.backend.cel.library.GoUrlEscaping.EscapeException;
import run.kro.backend.cel.library.GoUrlEscaping.Mode;

/**
 * A URL as Go's {@code net/url} parses it ({@code Parse}, or the stricter {@code ParseRequestURI},
 * which wants an absolute URI or an absolute path), with the parts Kubernetes' URL functions read:
 * scheme (lower-cased), host (with port, IPv6 in brackets), path and its escaped form, raw query,
 * fragment. Ported because {@code java.net.URI} parses a different language: Go takes spaces in a
 * path, rejects a port that is not digits, and reads queries its own way. Behaviour is that of a Go
 * module at version 1.25, as upstream kro's. Longer than most classes because it follows Go's
 * parser branch for branch, so that the two can be read side by side.
 */
final class GoUrl {

  private static final int MAX_QUERY_PARAMETERS = 10000;

  private String scheme = "";
  private String opaque = "";
  private String user;
  private String host = "";
  private String path = "";
  private String rawPath = "";
  private boolean forceQuery;
  private String rawQuery = "";
  private String fragment = "";
  private String rawFragment = "";
  private boolean omitHost;

  private GoUrl() {}

  /** {@code url.Parse}: any URL reference; the fragment is cut off first. */
  static GoUrl parse(String raw) throws ParseException {
    int hash = raw.indexOf('#');
    String withoutFragment = hash < 0 ? raw : raw.substring(0, hash);
    GoUrl url = parse(withoutFragment, withoutFragment, false);
    if (hash >= 0) {
      String rawFragment = raw.substring(hash + 1);
      try {
        url.fragment = GoUrlEscaping.unescape(rawFragment, Mode.FRAGMENT);
      } catch (EscapeException e) {
        throw error(raw, e.getMessage());
      }
      url.rawFragment =
          GoUrlEscaping.escape(url.fragment, Mode.FRAGMENT).equals(rawFragment) ? "" : rawFragment;
    }
    return url;
  }

  /** {@code url.ParseRequestURI}: an absolute URI or an absolute path; no fragment. */
  static GoUrl parseRequestUri(String raw) throws ParseException {
    return parse(raw, raw, true);
  }

  private static ParseException error(String raw, String message) {
    return new ParseException("parse " + GoNetip.quote(raw) + ": " + message);
  }

  private static GoUrl parse(String raw, String shown, boolean viaRequest) throws ParseException {
    try {
      return parseUnwrapped(raw, viaRequest);
    } catch (EscapeException e) {
      throw error(shown, e.getMessage());
    }
  }

  private static GoUrl parseUnwrapped(String raw, boolean viaRequest) throws EscapeException {
    for (int i = 0; i < raw.length(); i++) {
      if (raw.charAt(i) < ' ' || raw.charAt(i) == 0x7f) {
        throw new EscapeException("net/url: invalid control character in URL");
      }
    }
    if (raw.isEmpty() && viaRequest) {
      throw new EscapeException("empty url");
    }
    GoUrl url = new GoUrl();
    if (raw.equals("*")) {
      url.path = "*";
      return url;
    }
    String rest = url.splitScheme(raw);
    if (rest.endsWith("?") && rest.indexOf('?') == rest.length() - 1) {
      url.forceQuery = true;
      rest = rest.substring(0, rest.length() - 1);
    } else {
      int question = rest.indexOf('?');
      if (question >= 0) {
        url.rawQuery = rest.substring(question + 1);
        rest = rest.substring(0, question);
      }
    }
    if (!rest.startsWith("/")) {
      if (!url.scheme.isEmpty()) {
        url.opaque = rest;
        return url;
      }
      if (viaRequest) {
        throw new EscapeException("invalid URI for request");
      }
      int slash = rest.indexOf('/');
      if ((slash < 0 ? rest : rest.substring(0, slash)).contains(":")) {
        throw new EscapeException("first path segment in URL cannot contain colon");
      }
    }
    if ((!url.scheme.isEmpty() || !viaRequest && !rest.startsWith("///"))
        && rest.startsWith("//")) {
      String authority = rest.substring(2);
      rest = "";
      int slash = authority.indexOf('/');
      if (slash >= 0) {
        rest = authority.substring(slash);
        authority = authority.substring(0, slash);
      }
      url.parseAuthority(authority);
    } else if (!url.scheme.isEmpty() && rest.startsWith("/")) {
      url.omitHost = true;
    }
    url.path = GoUrlEscaping.unescape(rest, Mode.PATH);
    url.rawPath = GoUrlEscaping.escape(url.path, Mode.PATH).equals(rest) ? "" : rest;
    return url;
  }

  /** Sets the scheme, if the text starts with one, and returns what follows it. */
  private String splitScheme(String raw) throws EscapeException {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
        continue;
      }
      if (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.') {
        if (i == 0) {
          return raw;
        }
        continue;
      }
      if (c == ':') {
        if (i == 0) {
          throw new EscapeException("missing protocol scheme");
        }
        scheme = raw.substring(0, i).toLowerCase(Locale.ROOT);
        return raw.substring(i + 1);
      }
      return raw;
    }
    return raw;
  }

  private void parseAuthority(String authority) throws EscapeException {
    int at = authority.lastIndexOf('@');
    host = parseHost(at < 0 ? authority : authority.substring(at + 1));
    if (at < 0) {
      return;
    }
    String userinfo = authority.substring(0, at);
    if (!userinfo
        .codePoints()
        .allMatch(
            c ->
                c < 0x80
                    && (Character.isLetterOrDigit(c) || "-._:~!$&'()*+,;=%@".indexOf(c) >= 0))) {
      throw new EscapeException("net/url: invalid userinfo");
    }
    int colon = userinfo.indexOf(':');
    String name =
        GoUrlEscaping.unescape(
            colon < 0 ? userinfo : userinfo.substring(0, colon), Mode.USER_PASSWORD);
    user = GoUrlEscaping.escape(name, Mode.USER_PASSWORD);
    if (colon >= 0) {
      String password = GoUrlEscaping.unescape(userinfo.substring(colon + 1), Mode.USER_PASSWORD);
      user += ":" + GoUrlEscaping.escape(password, Mode.USER_PASSWORD);
    }
  }

  private static String parseHost(String host) throws EscapeException {
    int open = host.lastIndexOf('[');
    if (open > 0) {
      throw new EscapeException("invalid IP-literal");
    }
    if (open == 0) {
      int close = host.lastIndexOf(']');
      if (close < 0) {
        throw new EscapeException("missing ']' in host");
      }
      String colonPort = host.substring(close + 1);
      if (!validOptionalPort(colonPort)) {
        throw new EscapeException("invalid port " + GoNetip.quote(colonPort) + " after host");
      }
      String port = GoUrlEscaping.unescape(colonPort, Mode.HOST);
      String literal = host.substring(1, close);
      int zone = literal.indexOf("%25");
      String address =
          zone < 0
              ? GoUrlEscaping.unescape(literal, Mode.HOST)
              : GoUrlEscaping.unescape(literal.substring(0, zone), Mode.HOST)
                  + GoUrlEscaping.unescape(literal.substring(zone), Mode.ZONE);
      GoNetip.Address parsed;
      try {
        parsed = GoNetip.parseAddr(address);
      } catch (ParseException e) {
        throw new EscapeException("invalid host: " + e.getMessage());
      }
      if (parsed.bytes().length == 4) {
        throw new EscapeException("invalid IP-literal");
      }
      return "[" + address + "]" + port;
    }
    int colon = host.lastIndexOf(':');
    if (colon >= 0 && !validOptionalPort(host.substring(colon))) {
      throw new EscapeException(
          "invalid port " + GoNetip.quote(host.substring(colon)) + " after host");
    }
    return GoUrlEscaping.unescape(host, Mode.HOST);
  }

  private static boolean validOptionalPort(String port) {
    if (port.isEmpty()) {
      return true;
    }
    return port.charAt(0) == ':' && port.substring(1).chars().allMatch(c -> c >= '0' && c <= '9');
  }

  String scheme() {
    return scheme;
  }

  String host() {
    return host;
  }

  /** The host without port and brackets. */
  String hostname() {
    String hostname = splitHostPort()[0];
    return hostname.startsWith("[") && hostname.endsWith("]")
        ? hostname.substring(1, hostname.length() - 1)
        : hostname;
  }

  String port() {
    return splitHostPort()[1];
  }

  private String[] splitHostPort() {
    int colon = host.lastIndexOf(':');
    if (colon >= 0 && validOptionalPort(host.substring(colon))) {
      return new String[] {host.substring(0, colon), host.substring(colon + 1)};
    }
    return new String[] {host, ""};
  }

  String escapedPath() {
    if (!rawPath.isEmpty() && GoUrlEscaping.validEncoded(rawPath, Mode.PATH)) {
      try {
        if (GoUrlEscaping.unescape(rawPath, Mode.PATH).equals(path)) {
          return rawPath;
        }
      } catch (EscapeException e) {
        // fall through to escaping the path
      }
    }
    return path.equals("*") ? "*" : GoUrlEscaping.escape(path, Mode.PATH);
  }

  /**
   * Go's {@code Query()}: {@code &}-separated {@code key=value} pairs, unescaped, values per key in
   * order; pairs that hold a {@code ;} or a bad escape are left out, and too many pairs give
   * nothing.
   */
  Map<String, List<String>> query() {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (rawQuery.chars().filter(c -> c == '&').count() + 1 > MAX_QUERY_PARAMETERS) {
      return values;
    }
    for (String pair : rawQuery.split("&", -1)) {
      if (pair.isEmpty() || pair.contains(";")) {
        continue;
      }
      int equals = pair.indexOf('=');
      try {
        String key =
            GoUrlEscaping.unescape(
                equals < 0 ? pair : pair.substring(0, equals), Mode.QUERY_COMPONENT);
        String value =
            GoUrlEscaping.unescape(
                equals < 0 ? "" : pair.substring(equals + 1), Mode.QUERY_COMPONENT);
        values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
      } catch (EscapeException e) {
        // Go skips the pair
      }
    }
    return values;
  }

  /** Go's {@code URL.String()}, the form two URLs are compared by. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    if (!scheme.isEmpty()) {
      out.append(scheme).append(':');
    }
    if (!opaque.isEmpty()) {
      out.append(opaque);
    } else {
      if ((!scheme.isEmpty() || !host.isEmpty() || user != null)
          && !(omitHost && host.isEmpty() && user == null)) {
        if (!host.isEmpty() || !path.isEmpty() || user != null) {
          out.append("//");
        }
        if (user != null) {
          out.append(user).append('@');
        }
        out.append(GoUrlEscaping.escape(host, Mode.HOST));
      }
      String escaped = escapedPath();
      if (!escaped.isEmpty() && escaped.charAt(0) != '/' && !host.isEmpty()) {
        out.append('/');
      }
      if (out.length() == 0) {
        int slash = escaped.indexOf('/');
        if ((slash < 0 ? escaped : escaped.substring(0, slash)).contains(":")) {
          out.append("./");
        }
      }
      out.append(escaped);
    }
    if (forceQuery || !rawQuery.isEmpty()) {
      out.append('?').append(rawQuery);
    }
    if (!fragment.isEmpty()) {
      out.append('#').append(escapedFragment());
    }
    return out.toString();
  }

  private String escapedFragment() {
    if (!rawFragment.isEmpty() && GoUrlEscaping.validEncoded(rawFragment, Mode.FRAGMENT)) {
      try {
        if (GoUrlEscaping.unescape(rawFragment, Mode.FRAGMENT).equals(fragment)) {
          return rawFragment;
        }
      } catch (EscapeException e) {
        // fall through to escaping the fragment
      }
    }
    return GoUrlEscaping.escape(fragment, Mode.FRAGMENT);
  }
}
