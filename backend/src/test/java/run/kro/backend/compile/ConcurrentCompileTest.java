package run.kro.backend.compile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import run.kro.backend.api.CompileResult;
import run.kro.backend.engine.ResourceGroupCompiler;
import run.kro.backend.kinds.BuiltinKindSchemas;
import run.kro.backend.testing.GoldenCases;

/**
 * One compiler serves many threads (the controller compiles while the console validates): same
 * input, same output.
 */
class ConcurrentCompileTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void compilesTheSameResultFromManyThreads() throws Exception {
    ResourceGroupCompiler compiler = new ResourceGroupCompiler(BuiltinKindSchemas.shared());
    String valid = GoldenCases.read(Path.of("../examples/web-app/web-app.yaml"));
    String invalid = GoldenCases.read(GoldenCases.inputs("compile/errors").get(0));
    String expectedCrd =
        JSON.writeValueAsString(
            compiler.compile("a.yaml", valid).compiled().orElseThrow().instanceCrd());
    List<String> expectedErrors =
        compiler.compile("b.yaml", invalid).errors().stream().map(Object::toString).toList();

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        boolean even = i % 2 == 0;
        Callable<Boolean> task =
            () -> {
              CompileResult result =
                  compiler.compile(even ? "a.yaml" : "b.yaml", even ? valid : invalid);
              return even
                  ? JSON.writeValueAsString(result.compiled().orElseThrow().instanceCrd())
                      .equals(expectedCrd)
                  : result.errors().stream().map(Object::toString).toList().equals(expectedErrors);
            };
        results.add(pool.submit(task));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
