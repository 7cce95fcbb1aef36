package run.kro.backend.bench;

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
import run.kro.backend.api.CompileResult;
import run.kro.backend.engine.ResourceGroupCompiler;
import run.kro.backend.kinds.BuiltinKindSchemas;

/**
 * Warm compile time of a whole ResourceGroup (parse, schema, kinds, CEL type-checking, graph, CRD).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CompileBenchmark {

  @Param({"5", "50", "200"})
  int resources;

  private String yaml;
  private ResourceGroupCompiler compiler;

  @Setup
  public void setUp() {
    yaml = SyntheticResourceGroups.withResources(resources);
    compiler = new ResourceGroupCompiler(BuiltinKindSchemas.shared());
    CompileResult check = compiler.compile("bench.yaml", yaml);
    if (!check.isValid()) {
      throw new IllegalStateException(
          "benchmark ResourceGroup does not compile: " + check.errors());
    }
  }

  @Benchmark
  public CompileResult compile() {
    return compiler.compile("bench.yaml", yaml);
  }
}
