package run.kro.backend.bench;

import dev.cel.bundle.Cel;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelRuntime;
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
import run.kro.backend.cel.KroCelEnvironment;

/**
 * Evaluations per second of typical kro expressions over map values, as the controller evaluates
 * them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CelEvaluationBenchmark {

  @Param({
    "schema.spec.name",
    "schema.spec.name + '-' + string(schema.spec.replicas)",
    "deployment.status.?availableReplicas.orValue(0) >= deployment.spec.replicas",
    "deployment.spec.template.spec.containers.map(c, c.image).join(',')"
  })
  String expression;

  private CelRuntime.Program program;
  private Map<String, Object> activation;

  @Setup
  public void setUp() throws Exception {
    Cel cel =
        KroCelEnvironment.newBuilder()
            .addVar("schema", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .addVar("deployment", MapType.create(SimpleType.STRING, SimpleType.DYN))
            .build();
    program = cel.createProgram(cel.compile(expression).getAst());
    activation =
        Map.of(
            "schema", Map.of("spec", Map.of("name", "web", "replicas", 3L)),
            "deployment",
                Map.of(
                    "spec",
                        Map.of(
                            "replicas",
                            3L,
                            "template",
                            Map.of(
                                "spec",
                                Map.of(
                                    "containers",
                                    List.of(
                                        Map.of("image", "nginx:1.27"),
                                        Map.of("image", "envoy:1.30"))))),
                    "status", Map.of("availableReplicas", 3L)));
  }

  @Benchmark
  public Object evaluate() throws Exception {
    return program.eval(activation);
  }
}
