package run.kro.backend.render;

import run.kro.backend.api.Evaluated;
import run.kro.backend.cel.CompiledExpression;

/**
 * The truth of an includeWhen or readyWhen result: a bool, or an optional bool whose absence counts
 * as false (both are what the compiler accepts: docs/design.md#type-checking). Anything else at
 * runtime (from a dyn expression) is a failure.
 */
final class Truth {

  private Truth() {}

  static Evaluated<Boolean> of(
      EvaluationPlace place, CompiledExpression expression, Outcome outcome) {
    Evaluated<Object> result = place.settle(expression, outcome);
    if (!(result instanceof Evaluated.Value<Object> v)) {
      return Unresolved.carry(result);
    }
    Object value = CelOptionals.orElse(v.value(), Boolean.FALSE);
    if (value instanceof Boolean bool) {
      return Evaluated.value(bool);
    }
    return Evaluated.failed(
        place.failed(expression, "returned " + RuntimeTypeNames.of(value) + ", expected bool"));
  }
}
