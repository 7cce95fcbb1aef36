package run.kro.backend.model;

import java.util.List;
import java.util.Map;

/** A Kubernetes label selector whose values may hold CEL expressions. Empty selects everything. */
public record LabelSelector(
    Map<String, String> matchLabels, List<LabelSelectorRequirement> matchExpressions) {

  public LabelSelector {
    matchLabels = matchLabels == null ? Map.of() : Map.copyOf(matchLabels);
    matchExpressions = matchExpressions == null ? List.of() : List.copyOf(matchExpressions);
  }
}
