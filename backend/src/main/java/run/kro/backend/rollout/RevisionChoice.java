package run.kro.backend.rollout;

import java.util.OptionalLong;

/**
 * Which revision an instance runs (docs/revisions.md#which-revision-an-instance-runs), and why.
 *
 * @param revision the revision to reconcile the instance with
 */
public record RevisionChoice(long revision, Reason reason) {

  /** Why an instance runs its revision; the console shows it. */
  public enum Reason {
    /** {@code kro.run/graph-revision} on the instance. */
    PINNED,
    /** Never reconciled: it starts on the target. */
    NEW,
    /** Rollout auto, or already on the target. */
    FOLLOWS_TARGET,
    /** Admitted to the target by the staged rollout or a user. */
    ADMITTED,
    /** Ahead of the target: a rollback brings it back. */
    ROLLED_BACK,
    /** Behind the target, waiting for the rollout or a promotion. */
    BEHIND
  }

  /** What the instance says about itself. */
  public record Facts(OptionalLong pinned, OptionalLong current, OptionalLong admitted) {}

  public static RevisionChoice of(Facts facts, RolloutMode mode, long target) {
    if (facts.pinned().isPresent()) {
      return new RevisionChoice(facts.pinned().getAsLong(), Reason.PINNED);
    }
    if (facts.current().isEmpty()) {
      return new RevisionChoice(target, Reason.NEW);
    }
    long current = facts.current().getAsLong();
    if (mode == RolloutMode.AUTO || current == target) {
      return new RevisionChoice(target, Reason.FOLLOWS_TARGET);
    }
    if (current > target) {
      return new RevisionChoice(target, Reason.ROLLED_BACK);
    }
    if (facts.admitted().isPresent() && facts.admitted().getAsLong() == target) {
      return new RevisionChoice(target, Reason.ADMITTED);
    }
    return new RevisionChoice(current, Reason.BEHIND);
  }
}
