package run.kro.operator.instance;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import run.kro.backend.api.DesiredObject;
import run.kro.backend.api.Evaluated;
import run.kro.backend.api.ExternalTarget;
import run.kro.backend.api.Inclusion;
import run.kro.backend.api.InstanceEvaluation;
import run.kro.backend.api.Readiness;
import run.kro.backend.api.StatusProjection;
import run.kro.backend.model.Condition;

/**
 * Measures the time a reconcile spends in the engine (CEL evaluation and rendering), apart from
 * cluster I/O.
 */
final class TimedEvaluation implements InstanceEvaluation {

  private final InstanceEvaluation evaluation;
  private long nanos;

  TimedEvaluation(InstanceEvaluation evaluation) {
    this.evaluation = evaluation;
  }

  Duration elapsed() {
    return Duration.ofNanos(nanos);
  }

  @Override
  public Inclusion inclusion(String id) {
    return timed(() -> evaluation.inclusion(id));
  }

  @Override
  public Evaluated<List<DesiredObject>> desired(String id) {
    return timed(() -> evaluation.desired(id));
  }

  @Override
  public Evaluated<ExternalTarget> externalTarget(String id) {
    return timed(() -> evaluation.externalTarget(id));
  }

  @Override
  public void observe(String id, List<JsonNode> objects) {
    timed(
        () -> {
          evaluation.observe(id, objects);
          return null;
        });
  }

  @Override
  public Readiness readiness(String id) {
    return timed(() -> evaluation.readiness(id));
  }

  @Override
  public StatusProjection status(Map<String, Condition> builtInConditions) {
    return timed(() -> evaluation.status(builtInConditions));
  }

  private <T> T timed(Supplier<T> call) {
    long start = System.nanoTime();
    try {
      return call.get();
    } finally {
      nanos += System.nanoTime() - start;
    }
  }
}
