package run.kro.operator.bench;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import run.kro.backend.api.KroMetadata;
import run.kro.backend.bench.BenchTable;
import run.kro.operator.testing.TestController;

/**
 * M instances of a ResourceGroup with N ConfigMaps, created at once, until all are ACTIVE; against
 * a bare loop that issues the same M×N server-side applies (the same objects) with the same client
 * and field manager, one after another.
 */
final class Throughput {

  private static final Duration PATIENCE = Duration.ofMinutes(30);

  private final BenchCluster bench;
  private final TestController controller;
  private final int workers;

  Throughput(BenchCluster bench, TestController controller, int workers) {
    this.bench = bench;
    this.controller = controller;
    this.workers = workers;
  }

  BenchTable.Row measure(int instances, int children) {
    String kind = BenchCluster.flatKind(children);
    String ns = bench.env().newNamespace("bench-kro-" + instances + "-" + children + "-" + workers);
    long mark = bench.audit().mark();
    long start = System.nanoTime();
    try (ActiveInstances active = ActiveInstances.watch(bench.cluster(), kind, ns)) {
      for (int i = 0; i < instances; i++) {
        bench.cluster().apply(BenchCluster.instance(kind, ns, "i" + i));
      }
      active.await(instances, PATIENCE);
    }
    double kroSeconds = BenchCluster.secondsSince(start);
    Map<String, Long> requests = bench.audit().requestCountsSince(mark, TestController.USER);
    double[] spent = controller.reconcileSeconds(kind);
    System.out.printf(
        Locale.ROOT,
        "%s × %d, %d workers: requests %s; server ms per request %s; %.0f reconciles, "
            + "%.2f s in reconciles, %.2f s in the engine%n",
        kind,
        instances,
        workers,
        requests,
        bench.audit().serverMillisSince(mark, TestController.USER),
        controller.reconciles(kind),
        spent[0],
        spent[1]);

    double bareSeconds =
        bareLoop(
            ns,
            bench.env().newNamespace("bench-bare-" + instances + "-" + children + "-" + workers));
    long writes =
        requests.entrySet().stream()
            .filter(
                e ->
                    !e.getKey().startsWith("get ")
                        && !e.getKey().startsWith("list ")
                        && !e.getKey().startsWith("watch "))
            .mapToLong(Map.Entry::getValue)
            .sum();
    return new BenchTable.Row(
        "controller",
        String.format(
            Locale.ROOT,
            "throughput: kro (%d worker%s) until all ACTIVE vs a bare apply loop",
            workers,
            workers == 1 ? "" : "s"),
        String.format(Locale.ROOT, "%,d instances × %d ConfigMaps", instances, children),
        String.format(
            Locale.ROOT,
            "%.1f s vs %.1f s = **%.2f×** (%,.0f children/s; %.1f writes per instance)",
            kroSeconds,
            bareSeconds,
            kroSeconds / bareSeconds,
            instances * children / kroSeconds,
            (double) writes / instances),
        "≤ 1.15×");
  }

  /**
   * Applies the objects kro applied, labels and all, into another namespace, and not marked as
   * kro's (so that the controller's watches ignore them), with the controller's client and field
   * manager, one after another.
   */
  private double bareLoop(String kroNamespace, String bareNamespace) {
    KubernetesClient client = controller.client();
    List<ConfigMap> same =
        client.configMaps().inNamespace(kroNamespace).list().getItems().stream()
            .map(applied -> sameObjectIn(applied, bareNamespace))
            .toList();
    long start = System.nanoTime();
    for (ConfigMap object : same) {
      client
          .configMaps()
          .inNamespace(bareNamespace)
          .resource(object)
          .fieldManager(KroMetadata.FIELD_MANAGER_APPLYSET)
          .forceConflicts()
          .serverSideApply();
    }
    return BenchCluster.secondsSince(start);
  }

  private static ConfigMap sameObjectIn(ConfigMap applied, String namespace) {
    Map<String, String> labels = new HashMap<>(applied.getMetadata().getLabels());
    labels.put(KroMetadata.OWNED, "bare");
    return new ConfigMapBuilder()
        .withNewMetadata()
        .withNamespace(namespace)
        .withName(applied.getMetadata().getName())
        .withLabels(labels)
        .withAnnotations(applied.getMetadata().getAnnotations())
        .endMetadata()
        .withData(applied.getData())
        .build();
  }
}
