package run.kro.ui.rg;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.List;

/** A unified diff of two YAML texts, line by line, as {@code git diff} shows it. */
public final class YamlDiff {

  /** Unchanged lines shown around each change. */
  static final int CONTEXT_LINES = 3;

  private YamlDiff() {}

  /**
   * Empty when the texts are equal; {@code before} is empty for an object that does not exist yet.
   */
  public static String unified(String beforeName, String before, String afterName, String after) {
    List<String> from = before.lines().toList();
    List<String> to = after.lines().toList();
    Patch<String> patch = DiffUtils.diff(from, to);
    if (patch.getDeltas().isEmpty()) {
      return "";
    }
    if (from.isEmpty()) {
      return creation(beforeName, afterName, to);
    }
    return String.join(
            "\n",
            UnifiedDiffUtils.generateUnifiedDiff(beforeName, afterName, from, patch, CONTEXT_LINES))
        + "\n";
  }

  /**
   * The library numbers an empty original {@code -1,0}; diff and git write {@code -0,0}, which
   * patch tools expect.
   */
  private static String creation(String beforeName, String afterName, List<String> to) {
    StringBuilder out =
        new StringBuilder("--- ")
            .append(beforeName)
            .append("\n+++ ")
            .append(afterName)
            .append("\n@@ -0,0 +1,")
            .append(to.size())
            .append(" @@\n");
    to.forEach(line -> out.append('+').append(line).append('\n'));
    return out.toString();
  }
}
