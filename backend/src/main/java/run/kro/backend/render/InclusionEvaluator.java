package run.kro.backend.render;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import run.kro.backend.api.CompiledResource;
import run.kro.backend.api.Evaluated;
import run.kro.backend.api.Inclusion;
import run.kro.backend.api.InstanceEvaluation;
import run.kro.backend.cel.CompiledExpression;

/**
 * includeWhen of one resource (docs/design.md#gating-and-includewhen): skipped when a dependency is
 * skipped (skipping is contagious) or an expression is false; an expression that reads resources
 * waits until they are observed and ready. A resource whose dependency is still undecided is
 * undecided too, since it may yet be skipped with it.
 */
final class InclusionEvaluator {

  private final InstanceEvaluation states;
  private final ResourceGate gate;
  private final ExpressionEvaluator evaluator;
  private final GraphPlan plan;
  private final Set<String> resourceIds;

  InclusionEvaluator(
      InstanceEvaluation states,
      ResourceGate gate,
      ExpressionEvaluator evaluator,
      GraphPlan plan,
      Set<String> resourceIds) {
    this.states = states;
    this.gate = gate;
    this.evaluator = evaluator;
    this.plan = plan;
    this.resourceIds = resourceIds;
  }

  Inclusion evaluate(CompiledResource resource) {
    List<String> dependencies = plan.inOrder(resource.dependencies());
    for (String dependency : dependencies) {
      if (states.inclusion(dependency) instanceof Inclusion.Skipped skipped) {
        return new Inclusion.Skipped(
            "dependency \"" + dependency + "\" is skipped (" + skipped.reason() + ")");
      }
    }
    List<CompiledExpression> includeWhen = resource.includeWhen();
    for (int i = 0; i < includeWhen.size(); i++) {
      Optional<Inclusion> decided = decide(resource, i, includeWhen.get(i));
      if (decided.isPresent()) {
        return decided.get();
      }
    }
    for (String dependency : dependencies) {
      Inclusion inclusion = states.inclusion(dependency);
      if (inclusion instanceof Inclusion.Pending || inclusion instanceof Inclusion.Failed) {
        return new Inclusion.Pending(
            gate.waitingFor(List.of(dependency)).orElse("waiting for " + dependency));
      }
    }
    return Inclusion.INCLUDED;
  }

  /** Skipped, pending or failed by this expression; empty when it is true. */
  private Optional<Inclusion> decide(
      CompiledResource resource, int index, CompiledExpression expression) {
    Optional<String> waiting =
        gate.waitingFor(expression.references().stream().filter(resourceIds::contains).toList());
    if (waiting.isPresent()) {
      return Optional.of(new Inclusion.Pending(waiting.get()));
    }
    EvaluationPlace place = new EvaluationPlace(resource.id(), "includeWhen[" + index + "]");
    Evaluated<Boolean> truth = Truth.of(place, expression, evaluator.evaluate(expression));
    if (truth instanceof Evaluated.Pending<Boolean> pending) {
      return Optional.of(new Inclusion.Pending(pending.reason()));
    }
    if (truth instanceof Evaluated.Failed<Boolean> failed) {
      return Optional.of(new Inclusion.Failed(failed.message()));
    }
    boolean included = ((Evaluated.Value<Boolean>) truth).value();
    return included
        ? Optional.empty()
        : Optional.of(
            new Inclusion.Skipped(
                "includeWhen " + EvaluationPlace.quoted(expression) + " is false"));
  }
}
