package run.kro.backend.engine;

import com.fasterxml.jackson.databind.JsonNode;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.api.InstanceEvaluation;
import run.kro.backend.api.RuntimeOptions;
import run.kro.backend.render.GraphEvaluation;

/**
 * Starts the evaluation of one instance against a compiled graph: the entry point to rendering and
 * readiness.
 */
public final class InstanceEvaluator {

  private InstanceEvaluator() {}

  /**
   * Starts evaluating {@code instance} (the object as read from the cluster, with apiVersion, kind,
   * metadata and spec) against {@code graph}.
   */
  public static InstanceEvaluation start(
      CompiledResourceGroup graph, JsonNode instance, RuntimeOptions options) {
    return GraphEvaluation.start(graph, instance, options);
  }
}
