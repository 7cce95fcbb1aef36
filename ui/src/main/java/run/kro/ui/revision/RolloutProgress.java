package run.kro.ui.revision;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import run.kro.backend.rollout.Durations;
import run.kro.backend.rollout.RolloutMode;
import run.kro.backend.rollout.RolloutSettings;

/**
 * A rollout as a person reads it: a headline and a few sentences, from {@code status.rollout} and
 * the ResourceGroup's settings (docs/revisions.md#rollout-modes). Step 0 is called the canary and
 * later steps are counted after it, so the last step of a four-step rollout is "step 3 of 3".
 *
 * @param tone how the console colours it
 */
public record RolloutProgress(String headline, List<String> details, Tone tone) {

  /** Complete, still going, stopped by a person, or halted by a failure. */
  public enum Tone {
    SUCCESS,
    ACTIVE,
    PAUSED,
    ERROR
  }

  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  public RolloutProgress {
    details = List.copyOf(details);
  }

  public static RolloutProgress of(RevisionStatus status, RolloutSettings.Read read, Instant now) {
    RolloutSettings settings = read.settings();
    List<String> details = new ArrayList<>();
    OptionalLong target = status.target().isPresent() ? status.target() : status.lastIssued();
    RolloutProgress progress =
        status
            .rollout()
            .map(rollout -> describe(rollout, settings, target, now, details))
            .orElseGet(() -> unreported(settings, target, details));
    List<String> all = new ArrayList<>(progress.details());
    if (settings.paused() && progress.tone() != Tone.PAUSED) {
      all.add("kro.run/rollout-paused is set: the controller admits no more instances.");
    }
    settings.target().ifPresent(t -> all.add("Rolled back: the target is revision " + t + "."));
    all.addAll(read.problems());
    return new RolloutProgress(progress.headline(), all, progress.tone());
  }

  private static RolloutProgress unreported(
      RolloutSettings settings, OptionalLong target, List<String> details) {
    String revision = target.isPresent() ? "revision " + target.getAsLong() : "the latest revision";
    if (settings.mode() == RolloutMode.AUTO) {
      return new RolloutProgress(
          "Every instance that is not pinned runs " + revision + " (rollout auto).",
          details,
          Tone.SUCCESS);
    }
    return new RolloutProgress(
        capitalized(settings.mode().annotationValue())
            + " rollout of "
            + revision
            + ": the controller has not reported on it yet.",
        details,
        Tone.ACTIVE);
  }

  private static RolloutProgress describe(
      RolloutStatus rollout,
      RolloutSettings settings,
      OptionalLong target,
      Instant now,
      List<String> details) {
    long revision = rollout.revision().orElse(target.orElse(0));
    String mode = rollout.mode().orElse(settings.mode().annotationValue());
    String title = capitalized(mode) + " rollout of revision " + revision;
    String counts =
        rollout.admitted()
            + " of "
            + rollout.total()
            + " instances are on or admitted to revision "
            + revision
            + ".";
    String step = stepName(rollout.step(), rollout.steps());
    if (rollout.is(RolloutStatus.COMPLETE)) {
      return new RolloutProgress(
          title
              + " is complete: all "
              + rollout.total()
              + " instances that follow the target run it.",
          details,
          Tone.SUCCESS);
    }
    if (rollout.is(RolloutStatus.HALTED)) {
      details.add("Why: " + rollout.message().orElse("the controller gave no reason."));
      details.add(counts);
      details.add(
          "Nothing more is admitted until this step is promoted again, the ResourceGroup is fixed, or it is rolled back.");
      return new RolloutProgress(title + " halted at " + step + ".", details, Tone.ERROR);
    }
    if (rollout.is(RolloutStatus.PAUSED)) {
      details.add(counts);
      details.add("Resume to let the controller admit more.");
      return new RolloutProgress(title + " is paused at " + step + ".", details, Tone.PAUSED);
    }
    if (rollout.is(RolloutStatus.WAITING)) {
      details.add(counts);
      details.add("The others stay on their revision until each is promoted.");
      return new RolloutProgress(title + ": waiting for promotions.", details, Tone.ACTIVE);
    }
    if (rollout.is(RolloutStatus.SOAKING)) {
      details.add(counts);
      details.add(soak(rollout, settings, now));
      return new RolloutProgress(
          title + ": " + step + " is Ready and soaking.", details, Tone.ACTIVE);
    }
    if (rollout.is(RolloutStatus.PROGRESSING)) {
      details.add(counts);
      details.add(
          "Waiting for them to run it and be Ready"
              + rollout
                  .stepStartedAt()
                  .map(
                      started ->
                          "; it halts if one is not Ready by "
                              + CLOCK.format(started.plus(settings.deadline())))
                  .orElse("")
              + ".");
      return new RolloutProgress(title + ": " + step + " is under way.", details, Tone.ACTIVE);
    }
    details.add(counts);
    rollout.message().ifPresent(details::add);
    return new RolloutProgress(
        title + ": " + rollout.phase().orElse("no phase reported") + ".", details, Tone.ACTIVE);
  }

  private static String soak(RolloutStatus rollout, RolloutSettings settings, Instant now) {
    String next =
        rollout.step() + 1 < rollout.steps()
            ? "then " + stepName(rollout.step() + 1, rollout.steps()) + " admits more"
            : "then the rollout completes";
    return rollout
        .readySince()
        .map(since -> since.plus(settings.soak()))
        .map(
            until ->
                "Soaking until "
                    + CLOCK.format(until)
                    + (until.isAfter(now)
                        ? " (in " + Durations.format(seconds(Duration.between(now, until))) + ")"
                        : "")
                    + ", "
                    + next
                    + ".")
        .orElse("Soaking for " + Durations.format(settings.soak()) + ", " + next + ".");
  }

  /**
   * {@code the canary} for step 0; {@code step 2 of 3} for later ones, counted after the canary.
   */
  public static String stepName(int step, int steps) {
    if (step <= 0) {
      return "the canary";
    }
    return "step " + step + " of " + Math.max(step, steps - 1);
  }

  private static Duration seconds(Duration duration) {
    return Duration.ofSeconds(Math.max(1, (duration.toMillis() + 999) / 1000));
  }

  private static String capitalized(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
