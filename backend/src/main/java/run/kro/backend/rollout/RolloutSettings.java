package run.kro.backend.rollout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import run.kro.backend.api.KroMetadata;

/**
 * What a ResourceGroup's annotations choose for its rollout (docs/revisions.md#settings). A value
 * that cannot be read falls back to its default and is reported in {@link Read#problems()}, so a
 * typo never stops a rollout silently.
 *
 * @param canarySelector labels (all must match) that choose the canary instances; when empty, the
 *     first {@code canary} instances in name order are the canary
 * @param promote the step whose soak a user skipped
 * @param target the revision instances follow; empty: the latest
 */
public record RolloutSettings(
    RolloutMode mode,
    Map<String, String> canarySelector,
    StepSize canary,
    StepSize step,
    Duration soak,
    Duration deadline,
    boolean paused,
    OptionalLong promote,
    OptionalLong target) {

  public static final StepSize DEFAULT_CANARY = new StepSize(1, false);
  public static final StepSize DEFAULT_STEP = new StepSize(25, true);
  public static final Duration DEFAULT_SOAK = Duration.ofSeconds(30);
  public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(5);

  public RolloutSettings {
    canarySelector = Map.copyOf(canarySelector);
  }

  /** Today's behaviour: every instance follows the latest revision. */
  public static RolloutSettings auto() {
    return new RolloutSettings(
        RolloutMode.AUTO,
        Map.of(),
        DEFAULT_CANARY,
        DEFAULT_STEP,
        DEFAULT_SOAK,
        DEFAULT_DEADLINE,
        false,
        OptionalLong.empty(),
        OptionalLong.empty());
  }

  /** The settings and what could not be read. */
  public record Read(RolloutSettings settings, List<String> problems) {
    public Read {
      problems = List.copyOf(problems);
    }
  }

  public static Read fromAnnotations(Map<String, String> annotations) {
    Map<String, String> given = annotations == null ? Map.of() : annotations;
    List<String> problems = new ArrayList<>();
    RolloutMode mode =
        value(given, KroMetadata.ROLLOUT, RolloutMode::parse, RolloutMode.AUTO, problems);
    String canaryText = given.getOrDefault(KroMetadata.ROLLOUT_CANARY, "").trim();
    Map<String, String> selector = Map.of();
    StepSize canary = DEFAULT_CANARY;
    if (canaryText.contains("=")) {
      Optional<Map<String, String>> parsed = selector(canaryText);
      if (parsed.isPresent()) {
        selector = parsed.get();
      } else {
        problems.add(problem(KroMetadata.ROLLOUT_CANARY, canaryText));
      }
    } else {
      canary = value(given, KroMetadata.ROLLOUT_CANARY, StepSize::parse, DEFAULT_CANARY, problems);
    }
    return new Read(
        new RolloutSettings(
            mode,
            selector,
            canary,
            value(given, KroMetadata.ROLLOUT_STEP, StepSize::parse, DEFAULT_STEP, problems),
            value(given, KroMetadata.ROLLOUT_SOAK, Durations::parse, DEFAULT_SOAK, problems),
            value(
                given, KroMetadata.ROLLOUT_DEADLINE, Durations::parse, DEFAULT_DEADLINE, problems),
            "true".equalsIgnoreCase(given.getOrDefault(KroMetadata.ROLLOUT_PAUSED, "").trim()),
            revision(given, KroMetadata.ROLLOUT_PROMOTE, problems, 0),
            revision(given, KroMetadata.TARGET_REVISION, problems, 1)),
        problems);
  }

  /**
   * A revision number in an annotation, e.g. an instance's pin; empty when absent or unreadable.
   */
  public static OptionalLong revision(Map<String, String> annotations, String name) {
    return revision(annotations == null ? Map.of() : annotations, name, new ArrayList<>(), 1);
  }

  private static OptionalLong revision(
      Map<String, String> annotations, String name, List<String> problems, long minimum) {
    String text = annotations.get(name);
    if (text == null || text.isBlank()) {
      return OptionalLong.empty();
    }
    try {
      long value = Long.parseLong(text.trim());
      if (value >= minimum) {
        return OptionalLong.of(value);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(problem(name, text));
    return OptionalLong.empty();
  }

  private static <T> T value(
      Map<String, String> annotations,
      String name,
      Function<String, Optional<T>> parse,
      T fallback,
      List<String> problems) {
    String text = annotations.get(name);
    if (text == null || text.isBlank()) {
      return fallback;
    }
    Optional<T> parsed = parse.apply(text);
    if (parsed.isEmpty()) {
      problems.add(problem(name, text));
    }
    return parsed.orElse(fallback);
  }

  private static Optional<Map<String, String>> selector(String text) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (String pair : text.split(",")) {
      String[] parts = pair.split("=", -1);
      if (parts.length != 2 || parts[0].isBlank()) {
        return Optional.empty();
      }
      labels.put(parts[0].trim(), parts[1].trim());
    }
    return Optional.of(labels);
  }

  private static String problem(String annotation, String value) {
    return "annotation "
        + annotation
        + ": \""
        + value
        + "\" cannot be read; see docs/revisions.md#settings";
  }
}
