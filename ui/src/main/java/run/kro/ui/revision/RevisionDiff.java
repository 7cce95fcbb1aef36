package run.kro.ui.revision;

import run.kro.ui.rg.YamlDiff;

/**
 * The difference between two revisions of a ResourceGroup: a unified diff of their accepted specs
 * as YAML, from the one chosen first to the one chosen second (either may be the older).
 */
public final class RevisionDiff {

  private RevisionDiff() {}

  /** The unified diff, or a sentence when the two specs are the same. */
  public static String between(GraphRevision from, GraphRevision to) {
    if (from.number() == to.number()) {
      return "Choose two different revisions to compare.";
    }
    String diff =
        YamlDiff.unified(
            "revision " + from.number(), from.specYaml(), "revision " + to.number(), to.specYaml());
    return diff.isEmpty()
        ? "Revisions " + from.number() + " and " + to.number() + " accept the same spec."
        : diff;
  }
}
