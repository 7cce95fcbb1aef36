package run.kro.operator.bench;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import run.kro.operator.testing.AuditLog;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.Fixtures;
import run.kro.testenv.KubeTestEnv;

/**
 * The test API server as the benchmarks use it: ResourceGroups of N independent ConfigMaps, and
 * their instances.
 */
record BenchCluster(KubeTestEnv env, Cluster cluster, AuditLog audit) {

  static final String API = "kro.run/v1alpha1";

  static BenchCluster start() {
    KubeTestEnv env = KubeTestEnv.get();
    return new BenchCluster(env, new Cluster(env.adminClient()), new AuditLog(env.auditLog()));
  }

  /**
   * Installs a ResourceGroup of {@code children} independent ConfigMaps serving {@code kind}, and
   * waits until Active.
   */
  void installFlat(String kind, int children) {
    String resources =
        IntStream.rangeClosed(1, children)
            .mapToObj(
                i ->
                    "  - id: c"
                        + i
                        + "\n    template: "
                        + "{apiVersion: v1, kind: ConfigMap, metadata: {name: \"${schema.metadata.name}-"
                        + i
                        + "\"}, "
                        + "data: {v: \"${schema.spec.value}\"}}")
            .collect(Collectors.joining("\n"));
    cluster.applyActive(
        Fixtures.object(
            "bench/flat.yaml",
            Map.of("NAME", kind.toLowerCase(Locale.ROOT), "KIND", kind, "RESOURCES", resources)));
  }

  static String flatKind(int children) {
    return "BenchFlat" + children;
  }

  static GenericKubernetesResource instance(String kind, String ns, String name) {
    GenericKubernetesResource instance = new GenericKubernetesResource();
    instance.setApiVersion(API);
    instance.setKind(kind);
    instance.setMetadata(new ObjectMetaBuilder().withNamespace(ns).withName(name).build());
    instance.setAdditionalProperty("spec", Map.of("value", "v"));
    return instance;
  }

  /**
   * Reads only the state, not the whole object: the benchmarks call it for every event of every
   * instance.
   */
  static boolean isActive(GenericKubernetesResource instance) {
    return instance.getAdditionalProperties().get("status") instanceof Map<?, ?> status
        && "ACTIVE".equals(status.get("state"));
  }

  static double secondsSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
