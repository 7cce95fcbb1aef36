package run.kro.backend.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import run.kro.backend.model.Condition;

/**
 * Stamps conditions with times and the generation, keeping a condition's lastTransitionTime while
 * its status does not change, so that an unchanged instance gets a byte-identical status and needs
 * no write. kro's own conditions are sorted by lastTransitionTime with Ready last, as kro writes
 * them; author conditions keep the order of their entries.
 */
public final class ConditionHistory {

  private ConditionHistory() {}

  /** kro's computed conditions, stamped and sorted. */
  public static List<Condition> stamp(
      Map<String, ConditionValue> computed,
      List<Condition> previous,
      long generation,
      Instant now) {
    List<Condition> stamped = new ArrayList<>();
    computed.forEach(
        (type, value) ->
            stamped.add(
                new Condition(
                    type, value.status(), value.reason(), value.message(), null, generation)));
    List<Condition> timed = new ArrayList<>(carryOver(stamped, previous, now));
    timed.sort(
        Comparator.comparing((Condition c) -> c.type().equals(InstanceConditions.READY))
            .thenComparing(Condition::lastTransitionTime));
    return List.copyOf(timed);
  }

  /**
   * The given conditions, in their order, each with the lastTransitionTime of its previous version
   * when its status is unchanged, else {@code now}.
   */
  public static List<Condition> carryOver(
      List<Condition> conditions, List<Condition> previous, Instant now) {
    Map<String, Condition> before = new LinkedHashMap<>();
    previous.forEach(c -> before.put(c.type(), c));
    String nowText = now.truncatedTo(ChronoUnit.SECONDS).toString();
    return conditions.stream()
        .map(
            c -> {
              Condition old = before.get(c.type());
              String since =
                  old != null
                          && Objects.equals(old.status(), c.status())
                          && old.lastTransitionTime() != null
                      ? old.lastTransitionTime()
                      : nowText;
              return new Condition(
                  c.type(), c.status(), c.reason(), c.message(), since, c.observedGeneration());
            })
        .toList();
  }
}
