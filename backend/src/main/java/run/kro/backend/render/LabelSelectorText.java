package run.kro.backend.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import run.kro.backend.api.Evaluated;

/**
 * Writes a rendered {@code matchLabels}/{@code matchExpressions} selector as Kubernetes
 * label-selector text, as {@code metav1.LabelSelectorAsSelector} does: {@code key=value}, {@code
 * key in (a,b)}, {@code key notin (a,b)}, {@code key}, {@code !key}; requirements sorted by key,
 * values sorted. An empty selector selects everything and writes as the empty string.
 */
final class LabelSelectorText {

  private record Requirement(String key, String text) {}

  private LabelSelectorText() {}

  static Evaluated<String> of(JsonNode selector, EvaluationPlace place) {
    List<Requirement> requirements = new ArrayList<>();
    selector
        .path("matchLabels")
        .fields()
        .forEachRemaining(
            label ->
                requirements.add(
                    new Requirement(
                        label.getKey(), label.getKey() + "=" + label.getValue().asText())));
    for (JsonNode expression : selector.path("matchExpressions")) {
      String key = expression.path("key").asText("");
      String operator = expression.path("operator").asText("");
      List<String> values = new ArrayList<>();
      expression.path("values").forEach(value -> values.add(value.asText()));
      values.sort(Comparator.naturalOrder());
      String text =
          switch (operator) {
            case "In" -> values.isEmpty() ? null : key + " in (" + String.join(",", values) + ")";
            case "NotIn" ->
                values.isEmpty() ? null : key + " notin (" + String.join(",", values) + ")";
            case "Exists" -> values.isEmpty() ? key : null;
            case "DoesNotExist" -> values.isEmpty() ? "!" + key : null;
            default -> null;
          };
      if (text == null || key.isEmpty()) {
        return Evaluated.failed(
            place.failed(
                "invalid selector requirement (key \""
                    + key
                    + "\", operator \""
                    + operator
                    + "\", values "
                    + values
                    + "): the operator is In, NotIn, Exists or DoesNotExist; In and NotIn "
                    + "need values, Exists and DoesNotExist take none"));
      }
      requirements.add(new Requirement(key, text));
    }
    requirements.sort(Comparator.comparing(Requirement::key));
    return Evaluated.value(String.join(",", requirements.stream().map(Requirement::text).toList()));
  }
}
