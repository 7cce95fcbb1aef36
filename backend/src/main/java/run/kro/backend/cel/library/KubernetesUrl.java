package run.kro.backend.cel.library;

import dev.cel.common.types.OpaqueType;

/**
 * A URL as Kubernetes' {@code url()} gives it: the string must pass Go's {@code ParseRequestURI}
 * (an absolute URI or an absolute path), and is then read with {@code Parse}, which keeps a
 * fragment apart. Two URLs are equal when they print the same.
 */
final class KubernetesUrl implements OpaqueCelValue {

  static final OpaqueType TYPE = OpaqueType.create("kubernetes.URL");
  private static final String PARSE_ERROR = "URL parse error during conversion from string: ";

  private final GoUrl url;

  private KubernetesUrl(GoUrl url) {
    this.url = url;
  }

  static KubernetesUrl parse(String text) throws ParseException {
    try {
      GoUrl.parseRequestUri(text);
      return new KubernetesUrl(GoUrl.parse(text));
    } catch (ParseException e) {
      throw new ParseException(PARSE_ERROR + e.getMessage());
    }
  }

  GoUrl url() {
    return url;
  }

  @Override
  public OpaqueType celType() {
    return TYPE;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KubernetesUrl that && that.url.toString().equals(url.toString());
  }

  @Override
  public int hashCode() {
    return url.toString().hashCode();
  }

  @Override
  public String toString() {
    return url.toString();
  }
}
