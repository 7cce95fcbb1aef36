package run.kro.ui.rg.ui;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds where a resource is declared in the YAML text, so that choosing a graph node can jump to
 * it.
 */
final class ResourceLines {

  private ResourceLines() {}

  /**
   * The 1-based line of {@code id: <id>} (also inside a flow mapping or quoted), if there is one.
   */
  static Optional<Integer> find(String yaml, String id) {
    Pattern declaration =
        Pattern.compile("(^|[\\s{,-])id:\\s*[\"']?" + Pattern.quote(id) + "[\"']?\\s*([,}#]|$)");
    String[] lines = yaml.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (declaration.matcher(lines[i]).find()) {
        return Optional.of(i + 1);
      }
    }
    return Optional.empty();
  }
}
