package run.kro.operator.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.awaitility.Awaitility;
import run.kro.backend.bench.BenchTable;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.ControllerImage;
import run.kro.testenv.ChartJavaOptions;

/**
 * What the controller costs as it ships, in a JVM of its own with the chart's JVM settings (and
 * then with none, for its resident memory): start → ready on a cluster without ResourceGroups,
 * process CPU per instance while M instances of five ConfigMaps become ACTIVE (after a warm-up),
 * resident memory after that, and CPU while nothing changes. Leaves the cluster as it found it (but
 * for the ResourceGroup CRDs), so the in-process rows that follow start from the same state.
 */
final class ProcessFootprint {

  static final String USER = "kro-controller-process";
  private static final String KIND = "ProcFlat5";
  private static final int CHILDREN = 5;

  /**
   * The idle span measured: the last of {@code kro.bench.idle-minutes} (default 2) minutes without
   * change; the first quiet minute still has the JIT compiler finishing the run's code.
   */
  private static final Duration IDLE_WINDOW = Duration.ofSeconds(60);

  private static final int IDLE_MINUTES = Integer.getInteger("kro.bench.idle-minutes", 2);
  private static final Duration PATIENCE = Duration.ofMinutes(30);
  private static final double MIB = 1024.0 * 1024.0;

  private final BenchCluster bench;
  private final Path kubeconfig;
  private final Path logs;
  private ControllerImage image;

  ProcessFootprint(BenchCluster bench, Path logs) {
    this.bench = bench;
    this.kubeconfig = bench.env().kubeconfigFor(USER, "system:masters");
    this.logs = logs;
  }

  /**
   * @param cleanUp whether to delete what the run created, for benchmarks that follow on the same
   *     cluster
   */
  List<BenchTable.Row> measure(int instances, int warmUp, boolean cleanUp) {
    List<String> chart = ChartJavaOptions.of("controller");
    image =
        ControllerImage.build(
            ControllerJvm.javaHome(), ControllerJvm.jar(), logs.resolve("image"), chart);
    List<BenchTable.Row> rows = new ArrayList<>();
    String warm;
    String measured;
    // The first start after the build reads the files from disk and may install the CRDs: a
    // warm-up.
    try (ControllerJvm first = start(chart, "warm-up")) {
      first.awaitReady();
    }
    try (ControllerJvm controller = start(chart, "chart")) {
      double ready = controller.awaitReady();
      rows.add(
          row(
              "start → ready (readiness probe answers: caches synced, leading)",
              "no ResourceGroups",
              String.format(Locale.ROOT, "**%.2f s**", ready),
              "≤ 3 s"));
      bench.installFlat(KIND, CHILDREN);
      warm = createActive(warmUp);
      Duration cpuBefore = controller.cpu();
      Map<String, Duration> threadsBefore = controller.cpuByThread();
      long mark = bench.audit().mark();
      measured = createActive(instances);
      double cpu = (controller.cpu().toNanos() - cpuBefore.toNanos()) / 1e9;
      System.out.println(
          "controller CPU by thread while "
              + instances
              + " instances became ACTIVE: "
              + ThreadCpu.since(threadsBefore, controller.cpuByThread()));
      long writes =
          bench.audit().writesSince(mark, USER).stream()
              .filter(w -> !w.contains(" leases "))
              .count();
      String size = size(instances);
      rows.add(
          row(
              "CPU per instance: process CPU time while all become ACTIVE ÷ instances, after "
                  + warmUp
                  + " warm-up instances",
              size,
              String.format(
                  Locale.ROOT,
                  "**%.1f ms** (%.1f s CPU; %.1f writes per instance)",
                  cpu * 1000 / instances,
                  cpu,
                  (double) writes / instances),
              "≤ 25 ms"));
      awaitQuiet();
      for (int minute = 1; minute < IDLE_MINUTES; minute++) {
        Duration before = controller.cpu();
        sleep(IDLE_WINDOW);
        System.out.println(
            "controller CPU in idle minute "
                + minute
                + ": "
                + controller.cpu().minus(before).toMillis()
                + " ms");
      }
      Duration idleBefore = controller.cpu();
      Map<String, Duration> idleThreads = controller.cpuByThread();
      long idleStart = System.nanoTime();
      sleep(IDLE_WINDOW);
      double idleCpu = (controller.cpu().toNanos() - idleBefore.toNanos()) / 1e9;
      System.out.println(
          "controller CPU by thread while idle: "
              + ThreadCpu.since(idleThreads, controller.cpuByThread()));
      double idleSeconds = BenchCluster.secondsSince(idleStart);
      rows.add(
          row(
              "idle CPU: nothing changes (leader election on)"
                  + (IDLE_MINUTES > 1 ? ", minute " + IDLE_MINUTES + " of it" : ""),
              String.format(Locale.ROOT, "%,d instances, %.0f s", instances + warmUp, idleSeconds),
              String.format(
                  Locale.ROOT,
                  "**%.3f %%** of one core (%.0f ms CPU)",
                  idleCpu * 100 / idleSeconds,
                  idleCpu * 1000),
              "≤ 0.1 %"));
      rows.add(
          row(
              "RSS after that, chart's JVM settings (" + String.join(" ", chart) + ")",
              size,
              String.format(Locale.ROOT, "**%.0f MiB**", controller.rssBytes() / MIB),
              "≤ 150 MiB"));
    }
    rows.add(withoutSettings(size(instances), cleanUp ? List.of(warm, measured) : List.of()));
    return rows;
  }

  /**
   * The controller started with no JVM option at all over the instances already there: the JVM's
   * defaults on this machine (G1, a heap of up to a quarter of the machine's memory), after the
   * restart's resync and a quiet minute. Then deletes {@code namespaces}, while it runs to remove
   * the finalizers.
   */
  private BenchTable.Row withoutSettings(String size, List<String> namespaces) {
    try (ControllerJvm controller = start(List.of(), "no-settings")) {
      controller.awaitReady();
      awaitQuiet();
      sleep(IDLE_WINDOW);
      long machine =
          ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
              .getTotalMemorySize();
      long rss = controller.rssBytes();
      if (!namespaces.isEmpty()) {
        cleanUp(namespaces);
      }
      return row(
          "RSS with no JVM settings at all (the JVM's defaults), after a restart over them and a"
              + " quiet minute",
          size,
          String.format(
              Locale.ROOT,
              "**%.0f MiB**, %.1f %% of the machine's %.1f GiB",
              rss / MIB,
              100.0 * rss / machine,
              machine / MIB / 1024),
          "< 25 % of the machine's memory");
    }
  }

  private ControllerJvm start(List<String> jvmOptions, String name) {
    String leases = bench.env().newNamespace("bench-leases");
    return ControllerJvm.start(
        jvmOptions,
        image,
        List.of(
            "--kro.kubernetes.kubeconfig=" + kubeconfig,
            "--kro.controller.leader-election.namespace=" + leases,
            "--kro.controller.instance-concurrent-reconciles=4",
            "--kro.controller.client.qps=100000",
            "--kro.controller.client.burst=100000"),
        logs.resolve("controller-" + name + ".log"));
  }

  /**
   * Creates {@code count} instances in a new namespace and waits until all are ACTIVE; returns the
   * namespace.
   */
  private String createActive(int count) {
    String ns = bench.env().newNamespace("bench-process-" + count);
    try (ActiveInstances active = ActiveInstances.watch(bench.cluster(), KIND, ns)) {
      for (int i = 0; i < count; i++) {
        bench.cluster().apply(BenchCluster.instance(KIND, ns, "i" + i));
      }
      active.await(count, PATIENCE);
    }
    return ns;
  }

  /** Until the controller has written nothing but its lease for a few seconds. */
  private void awaitQuiet() {
    long[] since = {bench.audit().mark()};
    Awaitility.await()
        .atMost(Cluster.PATIENCE)
        .pollDelay(Duration.ofSeconds(3))
        .pollInterval(Duration.ofSeconds(3))
        .until(
            () -> {
              boolean quiet =
                  bench.audit().writesSince(since[0], USER).stream()
                      .allMatch(w -> w.contains(" leases "));
              since[0] = bench.audit().mark();
              return quiet;
            });
  }

  /**
   * Deletes the instances (the controller, still running, removes its finalizers) and the
   * ResourceGroup.
   */
  private void cleanUp(List<String> namespaces) {
    var client = bench.cluster().client();
    namespaces.forEach(ns -> client.namespaces().withName(ns).delete());
    Awaitility.await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                namespaces.stream().allMatch(ns -> client.namespaces().withName(ns).get() == null));
    bench
        .cluster()
        .kind(BenchCluster.API, "ResourceGroup")
        .withName(KIND.toLowerCase(Locale.ROOT))
        .delete();
  }

  private static String size(int instances) {
    return String.format(Locale.ROOT, "%,d instances × %d ConfigMaps", instances, CHILDREN);
  }

  private static BenchTable.Row row(String measure, String size, String result, String target) {
    return new BenchTable.Row("controller", measure, size, result, target);
  }

  /** The idle measurement is a fixed span of nothing happening, not a wait for a condition. */
  private static void sleep(Duration span) {
    try {
      Thread.sleep(span.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while measuring idle CPU", e);
    }
  }
}
