package run.kro.backend.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.api.DesiredObject;
import run.kro.backend.api.Evaluated;
import run.kro.backend.api.InstanceEvaluation;
import run.kro.backend.api.Readiness;
import run.kro.backend.api.RuntimeOptions;
import run.kro.backend.engine.InstanceEvaluator;
import run.kro.backend.engine.ResourceGroupCompiler;
import run.kro.backend.kinds.BuiltinKindSchemas;
import run.kro.backend.testing.GoldenCases;

/**
 * The contract around the transcript cases: observations replacing earlier ones, objects the caller
 * owns, misuse.
 */
class GraphEvaluationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CompiledResourceGroup GRAPH =
      new ResourceGroupCompiler(BuiltinKindSchemas.shared())
          .compile("web-app.yaml", GoldenCases.read(GoldenCases.inputs("render/fixtures").get(0)))
          .compiled()
          .orElseThrow();

  private final InstanceEvaluation evaluation =
      InstanceEvaluator.start(GRAPH, instance(), RuntimeOptions.DEFAULTS);

  @Test
  void aNewObservationReplacesTheOldOneForDependentsReadinessAndStatus() {
    ObjectNode deployment = single(evaluation.desired("deployment"));
    evaluation.observe("deployment", List.of(withAvailable(deployment, 0)));
    assertThat(evaluation.readiness("deployment")).isInstanceOf(Readiness.NotReady.class);
    assertThat(evaluation.desired("service")).isInstanceOf(Evaluated.Pending.class);
    assertThat(evaluation.status(Map.of()).fields().path("available").asInt()).isZero();

    evaluation.observe("deployment", List.of(withAvailable(deployment, 3)));

    assertThat(evaluation.readiness("deployment")).isEqualTo(Readiness.READY);
    assertThat(single(evaluation.desired("service")).at("/metadata/annotations/available").asText())
        .isEqualTo("3");
    assertThat(evaluation.status(Map.of()).fields().path("available").asInt()).isEqualTo(3);
  }

  @Test
  void desiredObjectsBelongToTheCaller() {
    ObjectNode first = single(evaluation.desired("deployment"));
    first.putObject("metadata").put("name", "changed by the caller");

    assertThat(single(evaluation.desired("deployment")).at("/metadata/name").asText())
        .isEqualTo("web");
  }

  @Test
  void aSkippedResourceHasNoDesiredObjects() {
    Evaluated<List<DesiredObject>> desired = evaluation.desired("config");

    assertThat(desired)
        .isEqualTo(
            Evaluated.pending(
                "resource \"config\" is skipped: includeWhen \"${schema.spec.withConfig}\" is false"));
  }

  @Test
  void misuseIsAnsweredNotThrown() {
    assertThat(evaluation.desired("nope"))
        .isEqualTo(Evaluated.failed("the graph has no resource \"nope\""));
    assertThat(evaluation.readiness("nope"))
        .isEqualTo(new Readiness.Failed("the graph has no resource \"nope\""));
    assertThat(evaluation.externalTarget("deployment")).isInstanceOf(Evaluated.Failed.class);
    assertThat(evaluation.readiness("service"))
        .isEqualTo(new Readiness.NotReady("not observed yet"));
  }

  @Test
  void observingAnUnknownResourceIsAProgrammingError() {
    assertThatThrownBy(() -> evaluation.observe("nope", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope");
  }

  @Test
  void theInstanceStatusIsNeverReadAsSchema() {
    ObjectNode instance = instance();
    instance.putObject("status").put("available", 9);
    InstanceEvaluation withStatus =
        InstanceEvaluator.start(GRAPH, instance, RuntimeOptions.DEFAULTS);

    assertThat(withStatus.status(Map.of()).fields().isEmpty()).isTrue();
  }

  private static ObjectNode single(Evaluated<List<DesiredObject>> desired) {
    assertThat(desired).isInstanceOf(Evaluated.Value.class);
    List<DesiredObject> objects = ((Evaluated.Value<List<DesiredObject>>) desired).value();
    assertThat(objects).hasSize(1);
    return objects.get(0).object();
  }

  private static JsonNode withAvailable(ObjectNode desired, int available) {
    ObjectNode observed = desired.deepCopy();
    observed.putObject("status").put("availableReplicas", available);
    return observed;
  }

  private static ObjectNode instance() {
    ObjectNode instance =
        JSON.createObjectNode().put("apiVersion", "kro.run/v1alpha1").put("kind", "WebApp");
    instance.putObject("metadata").put("name", "web").put("namespace", "default").put("uid", "u-1");
    instance.putObject("spec").put("name", "web").put("withConfig", false);
    return instance;
  }
}
