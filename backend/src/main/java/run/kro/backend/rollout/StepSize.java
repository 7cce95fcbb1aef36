package run.kro.backend.rollout;

import java.util.Optional;

/**
 * A number of instances, given as a count ({@code 5}) or a percentage ({@code 10%}) of the
 * instances a rollout moves. Never less than one instance of a non-empty set.
 */
public record StepSize(int value, boolean percent) {

  public StepSize {
    if (value < 1 || (percent && value > 100)) {
      throw new IllegalArgumentException("a step size is a count of at least 1 or 1% to 100%");
    }
  }

  public static Optional<StepSize> parse(String text) {
    String trimmed = text.trim();
    boolean percent = trimmed.endsWith("%");
    String digits = percent ? trimmed.substring(0, trimmed.length() - 1).trim() : trimmed;
    try {
      int value = Integer.parseInt(digits);
      return value < 1 || (percent && value > 100)
          ? Optional.empty()
          : Optional.of(new StepSize(value, percent));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** How many of {@code total} instances this is. */
  public int of(int total) {
    if (total <= 0) {
      return 0;
    }
    int size = percent ? (int) Math.ceil(total * value / 100.0) : value;
    return Math.max(1, Math.min(total, size));
  }

  @Override
  public String toString() {
    return percent ? value + "%" : Integer.toString(value);
  }
}
