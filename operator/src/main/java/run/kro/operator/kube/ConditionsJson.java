package run.kro.operator.kube;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import run.kro.backend.model.Condition;

/** Reads the {@code conditions} of a status as the cluster returned it. */
public final class ConditionsJson {

  private ConditionsJson() {}

  public static List<Condition> read(JsonNode status) {
    List<Condition> parsed = new ArrayList<>();
    status
        .path("conditions")
        .forEach(
            c ->
                parsed.add(
                    new Condition(
                        c.path("type").asText(),
                        c.path("status").asText(),
                        c.path("reason").asText(null),
                        c.path("message").asText(null),
                        c.path("lastTransitionTime").asText(null),
                        c.path("observedGeneration").asLong())));
    return parsed;
  }
}
