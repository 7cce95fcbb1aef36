package run.kro.backend.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import run.kro.backend.api.CompiledResource;
import run.kro.backend.api.Evaluated;
import run.kro.backend.api.Readiness;
import run.kro.backend.api.ResourceShape;
import run.kro.backend.cel.CompiledExpression;

/**
 * readyWhen on what was observed (docs/design.md#readiness). A single resource or a selector
 * reference is ready when every expression is true with its id bound to what was observed. A
 * collection is ready when every desired item was observed and every expression holds for every
 * item bound as {@code each}; an empty collection is ready. Without readyWhen a resource is ready
 * once observed. Data still missing makes a resource not ready, never failed.
 */
final class ReadinessEvaluator {

  private final ExpressionEvaluator evaluator;
  private final ObservedObjects observed;

  ReadinessEvaluator(ExpressionEvaluator evaluator, ObservedObjects observed) {
    this.evaluator = evaluator;
    this.observed = observed;
  }

  /**
   * @param desiredCount how many items a collection should have; ignored for other shapes
   */
  Readiness evaluate(CompiledResource resource, Evaluated<Integer> desiredCount) {
    if (!observed.isObserved(resource.id())) {
      return new Readiness.NotReady("not observed yet");
    }
    if (resource.shape() != ResourceShape.COLLECTION) {
      return check(resource, Map.of(), "");
    }
    if (!(desiredCount instanceof Evaluated.Value<Integer> count)) {
      return new Readiness.NotReady("the desired items are not known: " + reasonOf(desiredCount));
    }
    List<JsonNode> items = observed.objects(resource.id());
    if (items.size() < count.value()) {
      return new Readiness.NotReady(
          items.size() + " of " + count.value() + " collection items observed");
    }
    List<Object> values = observed.values(resource.id());
    for (int i = 0; i < values.size(); i++) {
      Readiness item =
          check(
              resource,
              Map.of(GraphPlan.EACH, values.get(i)),
              " for item " + i + " (" + ObjectIdentity.of(items.get(i)) + ")");
      if (!(item instanceof Readiness.Ready)) {
        return item;
      }
    }
    return Readiness.READY;
  }

  private Readiness check(CompiledResource resource, Map<String, Object> locals, String item) {
    List<CompiledExpression> readyWhen = resource.readyWhen();
    for (int i = 0; i < readyWhen.size(); i++) {
      CompiledExpression expression = readyWhen.get(i);
      EvaluationPlace place = new EvaluationPlace(resource.id(), "readyWhen[" + i + "]");
      Outcome outcome = evaluator.evaluate(expression, locals);
      if (outcome instanceof Outcome.Missing missing) {
        return new Readiness.NotReady(
            "readyWhen "
                + EvaluationPlace.quoted(expression)
                + " is waiting for data"
                + item
                + ": "
                + missing.detail());
      }
      Evaluated<Boolean> truth = Truth.of(place, expression, outcome);
      if (truth instanceof Evaluated.Failed<Boolean> failed) {
        return new Readiness.Failed(failed.message() + item);
      }
      if (truth instanceof Evaluated.Value<Boolean> v && !v.value()) {
        return new Readiness.NotReady(
            "readyWhen " + EvaluationPlace.quoted(expression) + " is false" + item);
      }
    }
    return Readiness.READY;
  }

  private static String reasonOf(Evaluated<?> unresolved) {
    return unresolved instanceof Evaluated.Pending<?> p
        ? p.reason()
        : ((Evaluated.Failed<?>) unresolved).message();
  }
}
