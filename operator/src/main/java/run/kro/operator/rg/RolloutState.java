package run.kro.operator.rg;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import run.kro.backend.rollout.RolloutMode;

/**
 * Where a ResourceGroup's rollout stands, kept in memory and written to {@code status.rollout},
 * from which a restarted controller takes it up again.
 *
 * @param halt why the rollout halted; it stays halted until the target changes or a user promotes
 *     the step
 * @param resumed the step a promotion last resumed from a halt, so that the same promotion does not
 *     resume it twice
 */
record RolloutState(
    RolloutMode mode,
    long revision,
    String phase,
    int step,
    Instant stepStartedAt,
    Optional<Instant> readySince,
    Optional<String> halt,
    OptionalInt resumed) {

  static final String PROGRESSING = "Progressing";
  static final String SOAKING = "Soaking";
  static final String PAUSED = "Paused";
  static final String HALTED = "Halted";
  static final String COMPLETE = "Complete";
  static final String WAITING = "Waiting";

  static RolloutState start(RolloutMode mode, long revision, Instant now) {
    return new RolloutState(
        mode,
        revision,
        PROGRESSING,
        0,
        now,
        Optional.empty(),
        Optional.empty(),
        OptionalInt.empty());
  }

  RolloutState phase(String next) {
    return new RolloutState(mode, revision, next, step, stepStartedAt, readySince, halt, resumed);
  }

  RolloutState readySince(Optional<Instant> since) {
    return new RolloutState(mode, revision, phase, step, stepStartedAt, since, halt, resumed);
  }

  RolloutState halted(String why) {
    return new RolloutState(
        mode, revision, HALTED, step, stepStartedAt, readySince, Optional.of(why), resumed);
  }

  /** The next step starts now. */
  RolloutState nextStep(Instant now) {
    return new RolloutState(
        mode, revision, PROGRESSING, step + 1, now, Optional.empty(), Optional.empty(), resumed);
  }

  /** A promotion resumes the halted step: its instances get a new deadline. */
  RolloutState resume(Instant now) {
    return new RolloutState(
        mode,
        revision,
        PROGRESSING,
        step,
        now,
        Optional.empty(),
        Optional.empty(),
        OptionalInt.of(step));
  }
}
