package run.kro.ui.revision;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of a ResourceGroup's {@code status.revisions}: how many instances run {@code revision},
 * how many of them are pinned, and how many are in each state.
 */
public record RevisionCount(long revision, int instances, int pinned, Map<String, Integer> states) {

  public RevisionCount {
    states = Map.copyOf(states);
  }

  static RevisionCount of(JsonNode entry) {
    Map<String, Integer> states = new LinkedHashMap<>();
    entry
        .path("states")
        .fields()
        .forEachRemaining(e -> states.put(e.getKey(), e.getValue().asInt()));
    return new RevisionCount(
        entry.path("revision").asLong(0),
        entry.path("instances").asInt(0),
        entry.path("pinned").asInt(0),
        states);
  }
}
