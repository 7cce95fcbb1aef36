package run.kro.backend.cel.library;

import dev.cel.checker.CelCheckerBuilder;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntimeBuilder;

/**
 * Kubernetes' URL functions on {@link KubernetesUrl}: {@code url(string)} (an error, with Go's
 * reason, for a string that is neither an absolute URI nor an absolute path), {@code
 * isURL(string)}, and the methods {@code getScheme()}, {@code getHost()} (with port; IPv6 in
 * brackets), {@code getHostname()} (without either), {@code getPort()}, {@code getEscapedPath()}
 * and {@code getQuery()} (each key's values, unescaped); absent parts are {@code ""} or {@code {}}.
 */
public final class KubernetesUrlsLibrary implements KroLibrary {

  private static final CelType URL = KubernetesUrl.TYPE;

  @Override
  public void setCheckerOptions(CelCheckerBuilder checker) {
    checker.addFunctionDeclarations(
        Declarations.global("url", "string_to_url", URL, SimpleType.STRING),
        Declarations.global("isURL", "is_url_string", SimpleType.BOOL, SimpleType.STRING),
        Declarations.method(URL, "getScheme", "url_get_scheme", SimpleType.STRING),
        Declarations.method(URL, "getHost", "url_get_host", SimpleType.STRING),
        Declarations.method(URL, "getHostname", "url_get_hostname", SimpleType.STRING),
        Declarations.method(URL, "getPort", "url_get_port", SimpleType.STRING),
        Declarations.method(URL, "getEscapedPath", "url_get_escaped_path", SimpleType.STRING),
        Declarations.method(
            URL,
            "getQuery",
            "url_get_query",
            MapType.create(SimpleType.STRING, ListType.create(SimpleType.STRING))));
  }

  @Override
  public void setRuntimeOptions(CelRuntimeBuilder runtime) {
    Class<KubernetesUrl> url = KubernetesUrl.class;
    runtime.addFunctionBindings(
        CelFunctionBinding.from(
            "string_to_url", String.class, text -> Parsing.orError(KubernetesUrl::parse, text)),
        CelFunctionBinding.from(
            "is_url_string", String.class, text -> Parsing.parses(GoUrl::parseRequestUri, text)),
        CelFunctionBinding.from("url_get_scheme", url, u -> u.url().scheme()),
        CelFunctionBinding.from("url_get_host", url, u -> u.url().host()),
        CelFunctionBinding.from("url_get_hostname", url, u -> u.url().hostname()),
        CelFunctionBinding.from("url_get_port", url, u -> u.url().port()),
        CelFunctionBinding.from("url_get_escaped_path", url, u -> u.url().escapedPath()),
        CelFunctionBinding.from("url_get_query", url, u -> u.url().query()));
  }
}
