package run.kro.backend.model;

import java.util.Map;

/**
 * How many instances run one revision, in {@code status.revisions} of a ResourceGroup.
 *
 * @param pinned how many of them are pinned to it
 * @param states instances by state, e.g. {@code ACTIVE: 14}
 */
public record RevisionCount(long revision, int instances, int pinned, Map<String, Integer> states) {

  public RevisionCount {
    states = states == null ? Map.of() : Map.copyOf(states);
  }
}
