package run.kro.backend.render;

import com.fasterxml.jackson.databind.JsonNode;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.api.InstanceEvaluation;
import run.kro.backend.api.RuntimeOptions;

/** Evaluates one instance against a compiled graph (being written on the render branch). */
public final class GraphEvaluation {

  private GraphEvaluation() {}

  public static InstanceEvaluation start(CompiledResourceGroup graph, JsonNode instance, RuntimeOptions options) {
    throw new UnsupportedOperationException("instance evaluation is not written yet");
  }
}
