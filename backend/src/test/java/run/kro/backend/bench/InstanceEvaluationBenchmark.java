package run.kro.backend.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import run.kro.backend.api.CompiledResource;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.api.DesiredObject;
import run.kro.backend.api.Evaluated;
import run.kro.backend.api.InstanceEvaluation;
import run.kro.backend.api.Readiness;
import run.kro.backend.api.RuntimeOptions;
import run.kro.backend.api.StatusProjection;
import run.kro.backend.engine.InstanceEvaluator;
import run.kro.backend.engine.ResourceGroupCompiler;
import run.kro.backend.kinds.BuiltinKindSchemas;

/**
 * One whole reconcile of one instance, as the controller drives it: for every resource of a chained
 * ResourceGroup, inclusion, desired objects, observing them back (with a ready status) and
 * readiness; then the status. The controller runs this for every instance on every reconcile, so it
 * bounds how many instances one replica serves.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class InstanceEvaluationBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Param({"20"})
  int resources;

  private CompiledResourceGroup graph;
  private JsonNode instance;

  @Setup
  public void setUp() {
    graph =
        new ResourceGroupCompiler(BuiltinKindSchemas.shared())
            .compile("bench.yaml", SyntheticResourceGroups.withResources(resources))
            .compiled()
            .orElseThrow(
                () -> new IllegalStateException("benchmark ResourceGroup does not compile"));
    ObjectNode object =
        JSON.createObjectNode().put("apiVersion", "kro.run/v1alpha1").put("kind", "Bench");
    object.putObject("metadata").put("name", "bench").put("namespace", "default").put("uid", "u-1");
    ObjectNode spec =
        object.putObject("spec").put("name", "bench").put("replicas", 2).put("image", "nginx:1.27");
    spec.putObject("labels").put("team", "perf");
    instance = object;
    StatusProjection check = reconcile();
    if (!check.errors().isEmpty() || check.fields().isEmpty()) {
      throw new IllegalStateException("benchmark instance does not render: " + check);
    }
  }

  @Benchmark
  public StatusProjection reconcile() {
    InstanceEvaluation evaluation =
        InstanceEvaluator.start(graph, instance, RuntimeOptions.DEFAULTS);
    for (CompiledResource resource : graph.inTopologicalOrder()) {
      evaluation.inclusion(resource.id());
      Evaluated<List<DesiredObject>> desired = evaluation.desired(resource.id());
      if (!(desired instanceof Evaluated.Value<List<DesiredObject>> objects)) {
        throw new IllegalStateException(resource.id() + ": " + desired);
      }
      evaluation.observe(resource.id(), observed(objects.value()));
      if (!(evaluation.readiness(resource.id()) instanceof Readiness.Ready)) {
        throw new IllegalStateException(resource.id() + " is not ready");
      }
    }
    return evaluation.status(Map.of());
  }

  /** What the API server would return: the applied object with a status that makes it ready. */
  private static List<JsonNode> observed(List<DesiredObject> desired) {
    List<JsonNode> observed = new ArrayList<>(desired.size());
    for (DesiredObject object : desired) {
      ObjectNode copy = object.object();
      copy.putObject("status").put("availableReplicas", 2).put("replicas", 2);
      observed.add(copy);
    }
    return observed;
  }
}
