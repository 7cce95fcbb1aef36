package run.kro.operator.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.awaitility.Awaitility;
import run.kro.backend.api.KroMetadata;
import run.kro.backend.bench.BenchTable;
import run.kro.operator.kube.Json;
import run.kro.operator.testing.TestController;

/**
 * The cost of a full resync when nothing changed: the controller restarts with empty caches and
 * reconciles every instance it serves; the API server's audit log counts its writes (there should
 * be none) and the JVM its CPU time.
 */
final class IdleResync {

  private IdleResync() {}

  static BenchTable.Row measure(BenchCluster bench, TestController controller, List<String> kinds) {
    long instances =
        kinds.stream()
            .mapToLong(
                kind ->
                    bench
                        .cluster()
                        .kind(BenchCluster.API, kind)
                        .inAnyNamespace()
                        .list()
                        .getItems()
                        .size())
            .sum();
    // The bare loop's copies carry the instance labels too, but not kro's owned=true.
    long children =
        bench
            .cluster()
            .client()
            .configMaps()
            .inAnyNamespace()
            .withLabel(KroMetadata.OWNED, "true")
            .withLabel(KroMetadata.INSTANCE_NAME)
            .list()
            .getItems()
            .size();
    bench.audit().awaitQuiet(TestController.USER);
    Map<String, JsonNode> statusBefore = resourceGroupStatuses(bench);
    controller.stop();
    double before = reconciles(controller, kinds);
    long mark = bench.audit().mark();
    long cpuBefore = processCpuNanos();
    long start = System.nanoTime();
    controller.start();
    Awaitility.await()
        .atMost(Duration.ofMinutes(10))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> reconciles(controller, kinds) >= before + instances);
    double seconds = BenchCluster.secondsSince(start);
    double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
    // Writes caused by the resync would show up as further reconciles and writes: give them time to
    // happen.
    bench.audit().awaitQuiet(TestController.USER);
    List<String> writes = bench.audit().writesSince(mark, TestController.USER);
    Map<String, JsonNode> statusAfter = resourceGroupStatuses(bench);
    statusAfter.forEach(
        (name, after) -> {
          if (!after.equals(statusBefore.get(name))) {
            System.out.printf(
                "idle resync: status of ResourceGroup %s before: %s%n  after: %s%n",
                name, statusBefore.get(name), after);
          }
        });
    System.out.printf(
        Locale.ROOT,
        "idle resync: %d writes %s%n",
        writes.size(),
        writes.subList(0, Math.min(10, writes.size())));
    return new BenchTable.Row(
        "controller",
        "idle cost: full resync after a restart (empty caches), nothing changed",
        String.format(Locale.ROOT, "%,d instances, %,d children", instances, children),
        String.format(
            Locale.ROOT,
            "**%d writes**; %.1f s CPU (%.2f ms per instance) in %.1f s",
            writes.size(),
            cpuSeconds,
            cpuSeconds * 1000 / instances,
            seconds),
        "0 writes");
  }

  private static double reconciles(TestController controller, List<String> kinds) {
    return kinds.stream().mapToDouble(controller::reconciles).sum();
  }

  private static long processCpuNanos() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Each ResourceGroup's status, to show what a write during the resync changed. */
  private static Map<String, JsonNode> resourceGroupStatuses(BenchCluster bench) {
    Map<String, JsonNode> statuses = new TreeMap<>();
    bench
        .cluster()
        .client()
        .genericKubernetesResources("kro.run/v1alpha1", "ResourceGroup")
        .list()
        .getItems()
        .forEach(
            rg ->
                statuses.put(
                    rg.getMetadata().getName(),
                    Json.MAPPER.valueToTree(rg.getAdditionalProperties().get("status"))));
    return statuses;
  }
}
