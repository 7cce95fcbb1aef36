package run.kro.backend.render;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelUnknownSet;
import dev.cel.runtime.CelVariableResolver;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import run.kro.backend.cel.CompiledExpression;

/**
 * Runs compiled expressions over the bindings of one evaluation. Results that depend only on the
 * bindings (no iterator, no {@code each}) are remembered by expression text, as kro caches them per
 * reconcile: a {@code ${schema.spec.image}} in a thousand-item collection, or in twenty templates,
 * runs once. Observing a resource forgets the results that read it.
 */
final class ExpressionEvaluator {

  private record Remembered(Outcome outcome, Set<String> references) {}

  private final Bindings bindings;
  private final Map<String, Remembered> remembered = new HashMap<>();

  ExpressionEvaluator(Bindings bindings) {
    this.bindings = bindings;
  }

  Outcome evaluate(CompiledExpression expression) {
    return evaluate(expression, Map.of());
  }

  /**
   * Evaluates with {@code locals} (iterators, {@code each}) bound in front of the shared bindings.
   */
  Outcome evaluate(CompiledExpression expression, Map<String, Object> locals) {
    if (!locals.isEmpty() && !Collections.disjoint(expression.references(), locals.keySet())) {
      return run(expression, bindings.with(locals));
    }
    Remembered known = remembered.get(expression.text());
    if (known == null) {
      known = new Remembered(run(expression, bindings), expression.references());
      remembered.put(expression.text(), known);
    }
    return known.outcome();
  }

  /**
   * Evaluates over other variables, e.g. {@code schema} with the built-in conditions; nothing is
   * remembered.
   */
  static Outcome run(CompiledExpression expression, CelVariableResolver variables) {
    try {
      Object value = expression.program().eval(variables);
      if (value instanceof CelUnknownSet) {
        // cel-java answers a variable without a value with an "unknown" result rather than an
        // error.
        return new Outcome.Missing("a variable it reads has no value yet");
      }
      return new Outcome.Value(value);
    } catch (CelEvaluationException e) {
      return MissingDataClassifier.classify(e);
    } catch (RuntimeException e) {
      // A library function that fails without a CEL error is still the expression's failure, not
      // the controller's.
      return new Outcome.Error(MissingDataClassifier.detail(e));
    }
  }

  /** Forgets the results that read {@code variable}, whose value just changed. */
  void forget(String variable) {
    remembered.values().removeIf(r -> r.references().contains(variable));
  }
}
