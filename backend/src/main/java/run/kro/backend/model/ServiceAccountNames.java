package run.kro.backend.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import run.kro.backend.diagnostics.Stage;
import run.kro.backend.source.Diagnostics;
import run.kro.backend.source.FieldPath;

/**
 * Checks {@code spec.defaultServiceAccounts}: every key is a namespace name (a DNS-1123 label) or
 * {@value ResourceGroupSpec#ANY_NAMESPACE}, every value a service account name (a DNS-1123
 * subdomain). The CRD only checks that values are strings (its errors cover other values); the API
 * server cannot check map keys, so names are checked here.
 */
final class ServiceAccountNames {

  static final FieldPath PATH = FieldPath.of("spec", "defaultServiceAccounts");

  private static final int MAX_LABEL = 63;
  private static final int MAX_SUBDOMAIN = 253;
  private static final String LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
  private static final Pattern DNS_1123_LABEL = Pattern.compile(LABEL);
  private static final Pattern DNS_1123_SUBDOMAIN = Pattern.compile(LABEL + "(\\." + LABEL + ")*");

  private ServiceAccountNames() {}

  static void check(JsonNode root, Diagnostics diagnostics) {
    JsonNode accounts = root.path("spec").path("defaultServiceAccounts");
    for (Iterator<Map.Entry<String, JsonNode>> entries = accounts.fields(); entries.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = entries.next();
      String namespace = entry.getKey();
      FieldPath at = PATH.field(namespace);
      if (!namespace.equals(ResourceGroupSpec.ANY_NAMESPACE) && !isLabel(namespace)) {
        diagnostics.error(
            Stage.MODEL,
            at,
            "\""
                + namespace
                + "\" is not a namespace name or \""
                + ResourceGroupSpec.ANY_NAMESPACE
                + "\": a namespace name is a DNS-1123 label (lower case letters, digits"
                + " and '-', starting and ending with a letter or digit, at most "
                + MAX_LABEL
                + " characters)");
      }
      String account = entry.getValue().asText();
      if (entry.getValue().isTextual() && !isSubdomain(account)) {
        diagnostics.error(
            Stage.MODEL,
            at,
            "service account name \""
                + account
                + "\" for namespace \""
                + namespace
                + "\" is not a DNS-1123 subdomain (lower case letters, digits, '-' and '.', starting and ending with a"
                + " letter or digit, at most "
                + MAX_SUBDOMAIN
                + " characters)");
      }
    }
  }

  static boolean isLabel(String name) {
    return name.length() <= MAX_LABEL && DNS_1123_LABEL.matcher(name).matches();
  }

  static boolean isSubdomain(String name) {
    return name.length() <= MAX_SUBDOMAIN && DNS_1123_SUBDOMAIN.matcher(name).matches();
  }
}
