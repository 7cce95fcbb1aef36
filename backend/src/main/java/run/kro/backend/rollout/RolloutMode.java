package run.kro.backend.rollout;

import java.util.Locale;
import java.util.Optional;

/** How a ResourceGroup's new revisions reach its instances. */
public enum RolloutMode {
  /** Every instance that is not pinned follows the target at once: upstream's behaviour. */
  AUTO,
  /** New instances get the target; existing ones move only when promoted. */
  MANUAL,
  /** A canary set first, then the rest in steps, each after a soak time. */
  STAGED;

  public static Optional<RolloutMode> parse(String value) {
    try {
      return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public String annotationValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
