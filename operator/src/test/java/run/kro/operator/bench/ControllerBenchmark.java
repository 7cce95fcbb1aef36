package run.kro.operator.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import run.kro.backend.bench.BenchTable;
import run.kro.operator.testing.TestController;

/**
 * The controller's rows of the benchmark table (docs/performance.md), measured in one run against
 * the real test API server: throughput against a bare apply loop, convergence of a depth-5 chain,
 * the cost of an idle full resync, and heap per managed child and per generated CRD.
 *
 * <p>First the controller as it ships, in a JVM of its own ({@link ProcessFootprint}): start →
 * ready, CPU per instance, idle CPU and RSS. Then the controller in this JVM, for figures a
 * separate process cannot give.
 *
 * <p>Arguments: instance counts (default {@code 100,1000}), child counts ({@code 5,20}), worker
 * counts ({@code 1,4}), and the instances of the separate process's CPU run ({@code 1000}).
 * Throughput is measured for every combination, each worker count with a fresh controller; the
 * other rows with the last worker count, after its throughput runs (so the resync covers every
 * instance created). {@code -Dkro.bench.process-only=true} measures only the separate process.
 */
public final class ControllerBenchmark {

  private static final int CONVERGENCE_SAMPLES = 50;
  private static final int WARM_UP_INSTANCES = 20;
  private static final int GENERATED_CRDS = 20;
  private static final int PROCESS_WARM_UP_INSTANCES = 100;

  private ControllerBenchmark() {}

  public static void main(String[] args) {
    int[] instances = counts(args, 0, "100,1000");
    int[] children = counts(args, 1, "5,20");
    int[] workers = counts(args, 2, "1,4");
    int processInstances = counts(args, 3, "1000")[0];
    BenchCluster bench = BenchCluster.start();
    BenchTable table = new BenchTable();
    boolean processOnly = Boolean.getBoolean("kro.bench.process-only");
    new ProcessFootprint(bench, Path.of(System.getProperty("kro.bench.logs", "target/bench")))
        .measure(processInstances, PROCESS_WARM_UP_INSTANCES, !processOnly)
        .forEach(table::add);
    if (processOnly) {
      table.publish(System.out);
      System.exit(0);
    }
    List<String> flatKinds = Arrays.stream(children).mapToObj(BenchCluster::flatKind).toList();
    for (int w : workers) {
      TestController controller =
          TestController.create(
              Map.of("kro.controller.instance-concurrent-reconciles", Integer.toString(w)));
      controller.start();
      long heapBefore = Footprint.heapAfterGc();
      long managed = 0;
      Throughput throughput = new Throughput(bench, controller, w);
      List<BenchTable.Row> rows = new ArrayList<>();
      for (int n : children) {
        bench.installFlat(BenchCluster.flatKind(n), n);
        // A fresh controller starts its watches as ResourceGroups are served; warm it up before
        // measuring.
        throughput.measure(WARM_UP_INSTANCES, n);
        managed += (long) WARM_UP_INSTANCES * n;
        for (int m : instances) {
          rows.add(throughput.measure(m, n));
          managed += (long) m * n;
        }
      }
      rows.forEach(table::add);
      if (w == workers[workers.length - 1]) {
        table.add(Footprint.perChild(heapBefore, Footprint.heapAfterGc(), managed));
        table.add(Convergence.measure(bench, CONVERGENCE_SAMPLES));
        table.add(
            IdleResync.measure(
                bench,
                controller,
                Stream.concat(flatKinds.stream(), Stream.of(Convergence.KIND)).toList()));
        table.add(Footprint.perGeneratedCrd(bench, GENERATED_CRDS));
      }
      controller.stop();
    }
    table.publish(System.out);
    System.exit(0);
  }

  private static int[] counts(String[] args, int index, String fallback) {
    String value = args.length > index ? args[index] : fallback;
    return Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
  }
}
