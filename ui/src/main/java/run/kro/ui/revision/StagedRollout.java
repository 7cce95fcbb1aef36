package run.kro.ui.revision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import run.kro.backend.api.KroMetadata;
import run.kro.backend.rollout.Durations;
import run.kro.backend.rollout.RolloutMode;
import run.kro.backend.rollout.RolloutSettings;

/**
 * What a user asks for when starting a staged rollout: the canary (a count, a percentage or
 * labels), the step and the soak time, as the annotations spell them (docs/revisions.md#settings).
 * Checked with the same rules the controller reads them by, so a value the controller would not
 * read is refused here, before anything is written.
 */
public record StagedRollout(String canary, String step, String soak) {

  /** The values the controller uses when none is given. */
  public static StagedRollout defaults() {
    return new StagedRollout(
        RolloutSettings.DEFAULT_CANARY.toString(),
        RolloutSettings.DEFAULT_STEP.toString(),
        Durations.format(RolloutSettings.DEFAULT_SOAK));
  }

  /** The values {@code settings} are in force with, as a user would type them again. */
  public static StagedRollout of(RolloutSettings settings) {
    String canary =
        settings.canarySelector().isEmpty()
            ? settings.canary().toString()
            : settings.canarySelector().entrySet().stream()
                .map(label -> label.getKey() + "=" + label.getValue())
                .collect(Collectors.joining(","));
    return new StagedRollout(canary, settings.step().toString(), Durations.format(settings.soak()));
  }

  /** What the controller would not read, one sentence per value; empty when all can be read. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (canary.isBlank() || step.isBlank() || soak.isBlank()) {
      problems.add("Give the canary, the step and the soak time.");
    }
    RolloutSettings.fromAnnotations(annotations()).problems().stream()
        .map(StagedRollout::plain)
        .forEach(problems::add);
    return problems;
  }

  /** The annotations to write: the mode and the three values. */
  public Map<String, String> annotations() {
    Map<String, String> annotations = new LinkedHashMap<>();
    annotations.put(KroMetadata.ROLLOUT, RolloutMode.STAGED.annotationValue());
    annotations.put(KroMetadata.ROLLOUT_CANARY, canary.trim());
    annotations.put(KroMetadata.ROLLOUT_STEP, step.trim());
    annotations.put(KroMetadata.ROLLOUT_SOAK, soak.trim());
    return annotations;
  }

  AnnotationPatch patch() {
    Map<String, Optional<String>> changes = new LinkedHashMap<>();
    annotations().forEach((k, v) -> changes.put(k, Optional.of(v)));
    return new AnnotationPatch(changes);
  }

  /** The backend's problem names the annotation; the dialog names the field instead. */
  private static String plain(String problem) {
    if (problem.contains(KroMetadata.ROLLOUT_CANARY)) {
      return "Canary: give a count (2), a percentage (10%) or labels (tier=canary).";
    }
    if (problem.contains(KroMetadata.ROLLOUT_STEP)) {
      return "Step: give a count (5) or a percentage (25%).";
    }
    if (problem.contains(KroMetadata.ROLLOUT_SOAK)) {
      return "Soak: give a duration such as 30s, 5m or 1h30m.";
    }
    return problem;
  }
}
