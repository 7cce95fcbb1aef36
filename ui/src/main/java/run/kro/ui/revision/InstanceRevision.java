package run.kro.ui.revision;

import java.util.Optional;
import java.util.OptionalLong;
import run.kro.backend.api.KroMetadata;
import run.kro.backend.rollout.RolloutSettings;
import run.kro.ui.instance.InstanceSummary;
import run.kro.ui.rg.ReadyCondition;

/**
 * Where one instance stands among the revisions: the revision it runs ({@code
 * status.graphRevision}), the one it is pinned to and the one it is admitted to (its annotations),
 * and its state.
 */
public record InstanceRevision(
    String namespace,
    String name,
    OptionalLong running,
    OptionalLong pinned,
    OptionalLong admitted,
    Optional<String> state,
    ReadyCondition ready) {

  public static InstanceRevision of(InstanceSummary instance) {
    return new InstanceRevision(
        instance.namespace(),
        instance.name(),
        instance.graphRevision().map(OptionalLong::of).orElse(OptionalLong.empty()),
        RolloutSettings.revision(instance.annotations(), KroMetadata.GRAPH_REVISION),
        RolloutSettings.revision(instance.annotations(), KroMetadata.ADMITTED_REVISION),
        instance.state(),
        instance.ready());
  }

  /** Runs a revision older than {@code target}, and no pin keeps it there. */
  public boolean behind(OptionalLong target) {
    return pinned.isEmpty()
        && target.isPresent()
        && running.isPresent()
        && running.getAsLong() < target.getAsLong();
  }

  /** Admitted to {@code target} but not running it yet: the controller is moving it. */
  public boolean moving(OptionalLong target) {
    return target.isPresent()
        && admitted.isPresent()
        && admitted.getAsLong() == target.getAsLong()
        && running.stream().noneMatch(r -> r == target.getAsLong());
  }

  /**
   * Where it stands, as a person says it, e.g. "pinned to revision 3" or "behind the target (5)".
   */
  public String standing(OptionalLong target) {
    if (running.isEmpty()) {
      return "not reconciled yet";
    }
    long runs = running.getAsLong();
    if (pinned.isPresent()) {
      return pinned.getAsLong() == runs
          ? "pinned to revision " + runs
          : "pinned to revision " + pinned.getAsLong() + ", moving from " + runs;
    }
    if (target.isEmpty() || runs == target.getAsLong()) {
      return "on the target";
    }
    if (moving(target)) {
      return "admitted to revision " + target.getAsLong() + ", moving";
    }
    return runs < target.getAsLong()
        ? "behind the target (revision " + target.getAsLong() + ")"
        : "ahead of the target (revision " + target.getAsLong() + "), moving back";
  }
}
