package run.kro.backend.rollout;

/**
 * How a staged rollout divides the instances that follow the target into steps: step 0 is the
 * canary, each later step admits {@code step} more, until all are admitted.
 *
 * @param total the instances that follow the target (not pinned)
 * @param canary how many the canary admits (all that match the selector, or the canary size)
 */
public record RolloutPlan(int total, int canary, StepSize step) {

  public static RolloutPlan of(RolloutSettings settings, int total, int selected) {
    int canary =
        settings.canarySelector().isEmpty()
            ? settings.canary().of(total)
            : Math.min(total, Math.max(1, selected));
    return new RolloutPlan(total, canary, settings.step());
  }

  /** How many instances are admitted once step {@code index} has started. */
  public int admittedAt(int index) {
    if (total == 0) {
      return 0;
    }
    long admitted = canary + (long) Math.max(0, index) * step.of(total);
    return (int) Math.min(total, admitted);
  }

  /** The number of steps, the canary included. */
  public int steps() {
    if (total == 0) {
      return 0;
    }
    int rest = total - canary;
    int size = step.of(total);
    return 1 + (rest <= 0 ? 0 : (rest + size - 1) / size);
  }

  public boolean last(int index) {
    return index >= steps() - 1;
  }
}
