package run.kro.backend.render;

import dev.cel.runtime.CelVariableResolver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import run.kro.backend.api.Evaluated;
import run.kro.backend.cel.CompiledExpression;
import run.kro.backend.model.Condition;

/**
 * The author-defined conditions of {@code status.conditions}
 * (docs/design.md#status-fields-and-author-conditions): each entry gives a condition or a list of
 * them. Entries see {@code schema} with kro's built-in conditions in {@code
 * schema.status.conditions}, which is where {@code runtime.condition(schema, 'Ready')} looks for
 * them. An entry that reads a skipped or unobserved resource, or missing data, is pending and
 * counted; a type returned twice, or a condition with an empty type or a status other than True,
 * False or Unknown, is an error and only its first valid occurrence is kept.
 */
final class AuthorConditions {

  record Result(List<Condition> conditions, int pending, List<String> errors) {}

  private static final Set<String> STATUSES = Set.of("True", "False", "Unknown");

  private final ResourceGate gate;
  private final Bindings bindings;
  private final Set<String> resourceIds;
  private final long generation;

  AuthorConditions(ResourceGate gate, Bindings bindings, Set<String> resourceIds, long generation) {
    this.gate = gate;
    this.bindings = bindings;
    this.resourceIds = resourceIds;
    this.generation = generation;
  }

  Result evaluate(List<CompiledExpression> entries, Map<String, Condition> builtIns) {
    CelVariableResolver variables = withBuiltIns(builtIns);
    List<Condition> conditions = new ArrayList<>();
    Set<String> types = new HashSet<>();
    List<String> errors = new ArrayList<>();
    int pending = 0;
    for (int i = 0; i < entries.size(); i++) {
      CompiledExpression entry = entries.get(i);
      EvaluationPlace place = EvaluationPlace.status("status.conditions[" + i + "]");
      Optional<String> missing =
          gate.missing(entry.references().stream().filter(resourceIds::contains).toList());
      Evaluated<Object> result =
          missing.isPresent()
              ? Evaluated.pending(missing.get())
              : place.settle(entry, ExpressionEvaluator.run(entry, variables));
      if (result instanceof Evaluated.Pending<Object>) {
        pending++;
      } else if (result instanceof Evaluated.Failed<Object> failed) {
        errors.add(failed.message());
      } else {
        collect(
            ((Evaluated.Value<Object>) result).value(), entry, place, types, conditions, errors);
      }
    }
    return new Result(conditions, pending, errors);
  }

  private void collect(
      Object value,
      CompiledExpression entry,
      EvaluationPlace place,
      Set<String> types,
      List<Condition> conditions,
      List<String> errors) {
    Object unwrapped = CelOptionals.orElse(value, List.of());
    List<?> items = unwrapped instanceof List<?> list ? list : List.of(unwrapped);
    for (Object item : items) {
      if (!(item instanceof Map<?, ?> fields)) {
        errors.add(
            place.failed(
                entry, "returned " + RuntimeTypeNames.of(item) + ", expected a condition"));
        continue;
      }
      Condition condition =
          new Condition(
              text(fields, "type"),
              text(fields, "status"),
              text(fields, "reason"),
              text(fields, "message"),
              null,
              generation);
      if (condition.type().isEmpty() || !STATUSES.contains(condition.status())) {
        errors.add(
            place.failed(
                entry,
                "condition type \""
                    + condition.type()
                    + "\" with status \""
                    + condition.status()
                    + "\": the type must not be empty and the status must be True, False or Unknown"));
      } else if (!types.add(condition.type())) {
        errors.add(
            place.failed(
                entry, "condition type \"" + condition.type() + "\" is returned more than once"));
      } else {
        conditions.add(condition);
      }
    }
  }

  /** The shared bindings, with {@code schema.status.conditions} holding the built-in conditions. */
  private CelVariableResolver withBuiltIns(Map<String, Condition> builtIns) {
    List<Object> conditions = new ArrayList<>();
    builtIns.values().forEach(condition -> conditions.add(celCondition(condition)));
    Map<String, Object> schema = new LinkedHashMap<>();
    bindings
        .find(GraphPlan.SCHEMA)
        .filter(Map.class::isInstance)
        .ifPresent(
            s -> ((Map<?, ?>) s).forEach((key, value) -> schema.put(String.valueOf(key), value)));
    schema.put("status", Map.of("conditions", List.copyOf(conditions)));
    return bindings.with(Map.of(GraphPlan.SCHEMA, Map.copyOf(schema)));
  }

  private static Map<String, Object> celCondition(Condition condition) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("type", nonNull(condition.type()));
    fields.put("status", nonNull(condition.status()));
    fields.put("reason", nonNull(condition.reason()));
    fields.put("message", nonNull(condition.message()));
    fields.put("lastTransitionTime", nonNull(condition.lastTransitionTime()));
    fields.put("observedGeneration", condition.observedGeneration());
    return Map.copyOf(fields);
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }

  private static String text(Map<?, ?> fields, String key) {
    Object value = fields.get(key);
    return value == null ? "" : String.valueOf(value);
  }
}
