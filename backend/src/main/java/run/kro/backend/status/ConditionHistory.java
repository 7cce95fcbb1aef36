package run.kro.backend.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import run.kro.backend.model.Condition;

/**
 * Stamps computed conditions with times and the generation, keeping a condition's lastTransitionTime while its status
 * does not change, so that an unchanged instance gets a byte-identical status and needs no write. Sorted by
 * lastTransitionTime with Ready last, as kro writes them.
 */
public final class ConditionHistory {

  private ConditionHistory() {}

  public static List<Condition> stamp(
      Map<String, ConditionValue> computed, List<Condition> previous, long generation, Instant now) {
    Map<String, Condition> before = new LinkedHashMap<>();
    previous.forEach(c -> before.put(c.type(), c));
    String nowText = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    List<Condition> stamped = new ArrayList<>();
    computed.forEach((type, value) -> {
      Condition old = before.get(type);
      String since = old != null && Objects.equals(old.status(), value.status()) && old.lastTransitionTime() != null
          ? old.lastTransitionTime() : nowText;
      stamped.add(new Condition(type, value.status(), value.reason(), value.message(), since, generation));
    });
    stamped.sort(Comparator.comparing((Condition c) -> c.type().equals(InstanceConditions.READY))
        .thenComparing(Condition::lastTransitionTime));
    return List.copyOf(stamped);
  }
}
