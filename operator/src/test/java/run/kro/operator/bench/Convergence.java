package run.kro.operator.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import run.kro.backend.bench.BenchTable;
import run.kro.operator.testing.Fixtures;

/**
 * Create → ACTIVE latency of a chain of five ConfigMaps (each reads the one before, so five graph
 * levels; ConfigMaps are ready at once), one instance at a time, seen by a watch as a user would.
 */
final class Convergence {

  static final String KIND = "BenchChain";

  private Convergence() {}

  static BenchTable.Row measure(BenchCluster bench, int samples) {
    bench.cluster().applyActive(Fixtures.object("bench/chain.yaml", Map.of()));
    String ns = bench.env().newNamespace("bench-chain");
    try (ActiveInstances active = ActiveInstances.watch(bench.cluster(), KIND, ns)) {
      double[] millis = new double[samples];
      for (int i = 0; i < samples; i++) {
        String name = "chain-" + i;
        long start = System.nanoTime();
        bench.cluster().apply(BenchCluster.instance(KIND, ns, name));
        active.await(name, Duration.ofMinutes(1));
        millis[i] = TimeUnit.NANOSECONDS.toMillis(active.activeAt(name) - start);
      }
      Arrays.sort(millis);
      return new BenchTable.Row(
          "controller",
          "convergence: create → ACTIVE, chain of depth 5 (ready at once)",
          samples + " instances, one at a time",
          String.format(
              Locale.ROOT,
              "p50 %.0f ms, **p95 %.0f ms**, max %.0f ms",
              BenchTable.percentile(millis, 50),
              BenchTable.percentile(millis, 95),
              millis[samples - 1]),
          "p95 < 1 s");
    }
  }
}
