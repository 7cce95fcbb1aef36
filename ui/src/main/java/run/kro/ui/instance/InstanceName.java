package run.kro.ui.instance;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rule Kubernetes applies to the names of custom resources (a DNS subdomain: at most 253
 * lower-case letters, digits, '-' and '.', starting and ending with a letter or digit), checked
 * before anything is sent so that a bad name is refused with the rule rather than by a failed
 * request.
 */
public final class InstanceName {

  /**
   * The same rule for the browser's {@code pattern} attribute. Chromium compiles it with the {@code
   * v} flag, where a '-' must be escaped inside a class: an unescaped one makes the whole pattern
   * invalid and the browser silently skips the check.
   */
  public static final String BROWSER_PATTERN = "[a-z0-9]([a-z0-9.\\-]*[a-z0-9])?";

  public static final String RULE =
      "lower-case letters, digits, '-' and '.', starting and ending with a letter or digit, at most 253 characters";
  private static final int MAX_LENGTH = 253;
  private static final Pattern SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

  private InstanceName() {}

  /** What is wrong with {@code name} as an instance's name, if anything. */
  public static Optional<String> problem(String name) {
    if (name == null || name.isBlank()) {
      return Optional.of("a name is required");
    }
    if (name.length() > MAX_LENGTH || !SUBDOMAIN.matcher(name).matches()) {
      return Optional.of("\"" + name + "\" is not a valid name: use " + RULE);
    }
    return Optional.empty();
  }
}
