package run.kro.operator.bench;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.Fixtures;
import run.kro.operator.testing.TestController;
import run.kro.testenv.KubeTestEnv;

/**
 * Prints one table of controller figures, measured in one run on this machine against the real test API server:
 * <ul>
 *   <li>throughput: M instances of an RG with N ConfigMaps each, created at once, until all are ACTIVE — against a
 *       bare loop issuing the same M×N server-side applies (the same objects) with the same client, one after another;
 *   <li>latency: create → ACTIVE of a chain of five ConfigMaps (each reads the previous), one instance at a time;
 *   <li>memory: heap after a full GC, per managed child.
 * </ul>
 * Arguments: instance counts (default {@code 100}), child counts (default {@code 5,20}) and worker counts (default
 * {@code 1,4}), e.g. {@code 100,1000 5,20 1,4}. Heap is measured with the last worker count, latency too.
 */
public final class ControllerBenchmark {

  private static final String API = "kro.run/v1alpha1";
  private static final Duration PATIENCE = Duration.ofMinutes(30);
  private static final int LATENCY_SAMPLES = 50;
  private static final int WARM_UP_INSTANCES = 20;

  private final KubeTestEnv env = KubeTestEnv.get();
  private final Cluster cluster = new Cluster(env.adminClient());
  private final List<String> rows = new ArrayList<>();
  private TestController controller;

  public static void main(String[] args) {
    int[] instances = counts(args, 0, "100");
    int[] children = counts(args, 1, "5,20");
    int[] workers = counts(args, 2, "1,4");
    ControllerBenchmark bench = new ControllerBenchmark();
    long heapBefore = 0;
    long heapAfter = 0;
    int managed = 0;
    for (int w : workers) {
      bench.controller = TestController.create(Map.of("kro.controller.instance-concurrent-reconciles",
          Integer.toString(w)));
      bench.controller.start();
      heapBefore = heapAfterGc();
      managed = 0;
      for (int n : children) {
        bench.install(n);
        // A fresh controller starts its watches as ResourceGroups are served; warm it up before measuring.
        bench.throughput(WARM_UP_INSTANCES, n, w);
        managed += WARM_UP_INSTANCES * n;
        for (int m : instances) {
          bench.rows.add(bench.throughput(m, n, w));
          managed += m * n;
        }
      }
      heapAfter = heapAfterGc();
      if (w == workers[workers.length - 1]) {
        bench.latency();
      }
      bench.controller.stop();
    }
    bench.rows.add(String.format("| heap per managed child | %d children | %.1f KiB |", managed,
        (heapAfter - heapBefore) / 1024.0 / managed));
    System.out.println();
    System.out.println("| measure | size | result |");
    System.out.println("|---|---|---|");
    bench.rows.forEach(System.out::println);
    System.out.println();
    System.exit(0);
  }

  private void install(int n) {
    String resources = IntStream.rangeClosed(1, n).mapToObj(i -> "  - id: c" + i + "\n    template: {apiVersion: v1, "
        + "kind: ConfigMap, metadata: {name: \"${schema.metadata.name}-" + i + "\"}, data: {v: \"${schema.spec.value}\"}}")
        .collect(Collectors.joining("\n"));
    cluster.applyActive(Fixtures.object("bench/flat.yaml", Map.of("N", Integer.toString(n), "RESOURCES", resources)));
  }

  private String throughput(int m, int n, int workers) {
    String kind = "BenchFlat" + n;
    String ns = env.newNamespace("bench-kro-" + m + "-" + n + "-" + workers);
    run.kro.operator.testing.AuditLog audit = new run.kro.operator.testing.AuditLog(env.auditLog());
    long mark = audit.mark();
    // Watched, not polled: listing every 100 ms would load the API server the benchmark measures.
    var watched = cluster.kind(API, kind).inNamespace(ns).inform();
    long start = System.nanoTime();
    for (int i = 0; i < m; i++) {
      cluster.apply(instance(kind, ns, "i" + i));
    }
    Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(10))
        .until(() -> active(watched.getStore().list()) == m);
    double controllerSeconds = seconds(start);
    watched.close();
    double[] spent = controller.reconcileSeconds(kind);
    System.out.println("controller requests: " + audit.requestCountsSince(mark, TestController.USER));
    System.out.println("server ms per request: " + audit.serverMillisSince(mark, TestController.USER));
    System.out.printf("%s: %.0f reconciles, %.2f s in reconciles, %.2f s in the engine%n", kind,
        controller.reconciles(kind), spent[0], spent[1]);

    // The same objects kro applied, labels and all, into another namespace (and not marked as kro's, so that the
    // controller's watches ignore them), with the same client and field manager, one after another.
    KubernetesClient client = controller.client();
    String bareNs = env.newNamespace("bench-bare-" + m + "-" + n + "-" + workers);
    List<ConfigMap> same = client.configMaps().inNamespace(ns).list().getItems().stream()
        .map(applied -> sameObjectIn(applied, bareNs)).toList();
    start = System.nanoTime();
    for (ConfigMap object : same) {
      client.configMaps().inNamespace(bareNs).resource(object).fieldManager("kro.run/applyset").forceConflicts()
          .serverSideApply();
    }
    double bareSeconds = seconds(start);
    System.out.println("bare server ms per request: " + audit.serverMillisSince(mark, TestController.USER));
    return String.format("| throughput: kro (%d worker%s) vs a bare apply loop | %d instances × %d children | "
        + "%.1f s vs %.1f s = %.2f× (%.0f children/s) |", workers, workers == 1 ? "" : "s", m, n, controllerSeconds,
        bareSeconds, controllerSeconds / bareSeconds, m * n / controllerSeconds);
  }

  private void latency() {
    cluster.applyActive(Fixtures.object("bench/chain.yaml", Map.of()));
    String ns = env.newNamespace("bench-chain");
    Map<String, Long> activeAt = new ConcurrentHashMap<>();
    try (Watch watch = cluster.kind(API, "BenchChain").inNamespace(ns).watch(new Watcher<>() {
      @Override
      public void eventReceived(Action action, GenericKubernetesResource resource) {
        if ("ACTIVE".equals(Cluster.tree(resource).path("status").path("state").asText())) {
          activeAt.putIfAbsent(resource.getMetadata().getName(), System.nanoTime());
        }
      }

      @Override
      public void onClose(WatcherException cause) {}
    })) {
      List<Long> millis = new ArrayList<>();
      for (int i = 0; i < LATENCY_SAMPLES; i++) {
        String name = "chain-" + i;
        long start = System.nanoTime();
        cluster.apply(instance("BenchChain", ns, name));
        Awaitility.await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(2))
            .until(() -> activeAt.containsKey(name));
        millis.add(TimeUnit.NANOSECONDS.toMillis(activeAt.get(name) - start));
      }
      millis.sort(Long::compare);
      rows.add(String.format("| create → ACTIVE, chain of 5 ConfigMaps | %d instances, one at a time | p50 %d ms, "
          + "p95 %d ms, max %d ms |", LATENCY_SAMPLES, percentile(millis, 50), percentile(millis, 95),
          millis.get(millis.size() - 1)));
    }
  }

  private static ConfigMap sameObjectIn(ConfigMap applied, String namespace) {
    Map<String, String> labels = new java.util.HashMap<>(applied.getMetadata().getLabels());
    labels.put("kro.run/owned", "bare");
    return new ConfigMapBuilder().withNewMetadata().withNamespace(namespace).withName(applied.getMetadata().getName())
        .withLabels(labels).withAnnotations(applied.getMetadata().getAnnotations()).endMetadata()
        .withData(applied.getData()).build();
  }

  private static long active(List<GenericKubernetesResource> instances) {
    return instances.stream()
        .filter(o -> "ACTIVE".equals(Cluster.tree(o).path("status").path("state").asText())).count();
  }

  private static GenericKubernetesResource instance(String kind, String ns, String name) {
    GenericKubernetesResource instance = new GenericKubernetesResource();
    instance.setApiVersion(API);
    instance.setKind(kind);
    instance.setMetadata(new io.fabric8.kubernetes.api.model.ObjectMetaBuilder().withNamespace(ns).withName(name).build());
    instance.setAdditionalProperty("spec", Map.of("value", "v"));
    return instance;
  }

  private static long percentile(List<Long> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static int[] counts(String[] args, int index, String fallback) {
    String value = args.length > index ? args[index] : fallback;
    return Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
  }
}
