package run.kro.backend.compile;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * kro's naming conventions for kinds, resource ids and forEach iterators, with its error texts
 * (docs/design.md#names).
 */
public final class NamingRules {

  public static final String VIOLATION = "naming convention violation";

  private static final Pattern LOWER_CAMEL = Pattern.compile("^[a-z][a-zA-Z0-9]*$");
  private static final Pattern UPPER_CAMEL = Pattern.compile("^[A-Z][a-zA-Z0-9]*$");
  private static final Pattern DNS_1035_LABEL = Pattern.compile("^[a-z]([-a-z0-9]*[a-z0-9])?$");
  private static final int MAX_LABEL_LENGTH = 63;

  /**
   * Words that cannot be ids or iterators: CEL's reserved symbols and the names kro keeps for
   * itself.
   */
  static final Set<String> RESERVED =
      Set.of(
          "true",
          "false",
          "null",
          "in",
          "as",
          "break",
          "const",
          "continue",
          "else",
          "for",
          "function",
          "if",
          "import",
          "let",
          "loop",
          "package",
          "namespace",
          "return",
          "var",
          "void",
          "while",
          "apiVersion",
          "context",
          "dependency",
          "dependencies",
          "each",
          "externalRef",
          "externalReference",
          "externalRefs",
          "externalReferences",
          "graph",
          "graphengine",
          "instance",
          "item",
          "items",
          "kind",
          "kro",
          "metadata",
          "object",
          "resource",
          "resourcegraphdefinition",
          "resourceGraphDefinition",
          "resources",
          "root",
          "runtime",
          "schema",
          "self",
          "serviceAccountName",
          "spec",
          "status",
          "this",
          "variables",
          "vars",
          "version");

  private NamingRules() {}

  public static boolean isReserved(String word) {
    return RESERVED.contains(word);
  }

  /** Why {@code kind} cannot name a generated API, if it cannot. */
  public static Optional<String> kindProblem(String kind) {
    if (!UPPER_CAMEL.matcher(kind).matches()) {
      return Optional.of(
          VIOLATION + ": kind '" + kind + "' is not a valid KRO kind name: must be UpperCamelCase");
    }
    String lower = kind.toLowerCase();
    if (lower.length() > MAX_LABEL_LENGTH || !DNS_1035_LABEL.matcher(lower).matches()) {
      return Optional.of(
          VIOLATION
              + ": kind '"
              + kind
              + "' is not a valid KRO kind name: its lowercase form must be "
              + "a DNS-1035 label of at most "
              + MAX_LABEL_LENGTH
              + " characters");
    }
    return Optional.empty();
  }

  /**
   * Why {@code id} cannot be a resource id, if it cannot (duplicates are checked by the caller).
   */
  public static Optional<String> idProblem(String id) {
    if (isReserved(id)) {
      return Optional.of(VIOLATION + ": id " + id + " is a reserved keyword in KRO");
    }
    if (!LOWER_CAMEL.matcher(id).matches()) {
      return Optional.of(
          VIOLATION + ": id " + id + " is not a valid KRO resource id: must be lower camelCase");
    }
    return Optional.empty();
  }

  public static String duplicateId(String id) {
    return VIOLATION + ": found duplicate resource IDs " + id;
  }

  /** Why {@code iterator} cannot name a forEach dimension of {@code resourceId}, if it cannot. */
  public static Optional<String> iteratorProblem(
      String resourceId, String iterator, Set<String> resourceIds) {
    if (!LOWER_CAMEL.matcher(iterator).matches()) {
      return Optional.of(
          "resource \""
              + resourceId
              + "\": forEach iterator name \""
              + iterator
              + "\" is not valid: must be lowerCamelCase");
    }
    if (isReserved(iterator)) {
      return Optional.of(
          "resource \""
              + resourceId
              + "\": forEach iterator name \""
              + iterator
              + "\" is a reserved keyword");
    }
    if (resourceIds.contains(iterator)) {
      return Optional.of(
          "resource \""
              + resourceId
              + "\": forEach iterator name \""
              + iterator
              + "\" conflicts with resource ID");
    }
    return Optional.empty();
  }
}
