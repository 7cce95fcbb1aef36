package run.kro.operator.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import run.kro.operator.testing.AuditLog;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.Fixtures;
import run.kro.operator.testing.TestController;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;

/**
 * The whole life of an instance against the real API server: ResourceGroup → CRD established →
 * instance → children in dependency order → ACTIVE with status projected; a spec update reaches the
 * children; deletion goes in waves and leaves the retained child.
 */
@KubeTest
class InstanceLifecycleIT {

  private static final String API = "kro.run/v1alpha1";
  private static final String KIND = "LifecycleChain";

  private static Cluster cluster;
  private static AuditLog audit;

  @BeforeAll
  static void setUp(KubeTestEnv env) {
    TestController.running();
    cluster = new Cluster(env.adminClient());
    audit = new AuditLog(env.auditLog());
    cluster.applyActive(
        Fixtures.object("lifecycle/chain.yaml", Map.of("RG", "lifecycle-chain", "KIND", KIND)));
  }

  @Test
  void resourceGroupBecomesAnApiWithItsStatus() {
    JsonNode rg = cluster.awaitState(API, "ResourceGroup", null, "lifecycle-chain", "Active");
    assertThat(rg.path("status").path("topologicalOrder"))
        .extracting(JsonNode::asText)
        .containsExactly("config", "service", "route", "keep");
    assertThat(rg.path("status").path("conditions").findValuesAsText("type"))
        .contains("GraphAccepted", "KindReady", "ControllerReady", "Ready");
    assertThat(rg.path("status").path("lastIssuedRevision").asLong()).isEqualTo(1);
    assertThat(
            cluster
                .client()
                .apiextensions()
                .v1()
                .customResourceDefinitions()
                .withName("lifecyclechains.kro.run")
                .get()
                .getMetadata()
                .getLabels())
        .containsEntry("kro.run/owned", "true")
        .containsEntry("kro.run/resource-graph-definition-name", "lifecycle-chain");
  }

  @Test
  void instanceConvergesInOrderAndProjectsStatus(KubeTestEnv env) {
    String ns = env.newNamespace("lifecycle");
    cluster.apply(
        Fixtures.object(
            "lifecycle/instance.yaml", Map.of("KIND", KIND, "NS", ns, "GREETING", "hi")));

    JsonNode instance = cluster.awaitState(API, KIND, ns, "demo", "ACTIVE");
    assertThat(instance.path("status").path("configName").asText()).isEqualTo("demo-config");
    assertThat(instance.path("status").path("servicePort").asLong()).isEqualTo(8080);
    assertThat(instance.path("status").path("graphRevision").asLong()).isEqualTo(1);
    assertThat(instance.path("status").path("managedResources").findValuesAsText("state"))
        .containsOnly("SYNCED");
    assertThat(instance.path("metadata").path("finalizers"))
        .extracting(JsonNode::asText)
        .contains("kro.run/finalizer");

    JsonNode config = child("ConfigMap", ns, "demo-config");
    JsonNode service = child("Service", ns, "demo");
    JsonNode route = child("ConfigMap", ns, "demo-route");
    assertThat(route.path("data").path("target").asText()).isEqualTo("demo:8080");
    assertThat(route.path("data").path("greeting").asText()).isEqualTo("hi");
    // etcd revisions only grow: a dependency was written before its dependents.
    assertThat(rv(config)).isLessThan(rv(service));
    assertThat(rv(service)).isLessThan(rv(route));
    assertThat(config.path("metadata").path("labels").path("kro.run/instance-name").asText())
        .isEqualTo("demo");
    assertThat(config.path("metadata").path("labels").path("kro.run/node-id").asText())
        .isEqualTo("config");
    assertThat(
            config
                .path("metadata")
                .path("annotations")
                .path("internal.kro.run/apply-order")
                .asText())
        .isEqualTo("1");
  }

  @Test
  void specUpdatePropagates(KubeTestEnv env) {
    String ns = env.newNamespace("lifecycle-update");
    cluster.apply(
        Fixtures.object(
            "lifecycle/instance.yaml", Map.of("KIND", KIND, "NS", ns, "GREETING", "hi")));
    cluster.awaitState(API, KIND, ns, "demo", "ACTIVE");

    cluster.apply(
        Fixtures.object(
            "lifecycle/instance.yaml", Map.of("KIND", KIND, "NS", ns, "GREETING", "bonjour")));

    cluster.await(
        "v1",
        "ConfigMap",
        ns,
        "demo-route",
        "greeting updated",
        cm -> cm.path("data").path("greeting").asText().equals("bonjour"));
    assertThat(child("ConfigMap", ns, "demo-config").path("data").path("greeting").asText())
        .isEqualTo("bonjour");
  }

  @Test
  void suspensionPausesReconcilingUntilLifted(KubeTestEnv env) {
    String ns = env.newNamespace("lifecycle-suspend");
    cluster.apply(
        Fixtures.object(
            "lifecycle/instance.yaml", Map.of("KIND", KIND, "NS", ns, "GREETING", "hi")));
    cluster.awaitState(API, KIND, ns, "demo", "ACTIVE");

    cluster
        .kind(API, KIND)
        .inNamespace(ns)
        .withName("demo")
        .edit(
            instance -> {
              instance.getMetadata().setAnnotations(Map.of("kro.run/reconcile", "suspended"));
              return instance;
            });
    cluster.await(
        API,
        KIND,
        ns,
        "demo",
        "suspended",
        o -> o.path("status").path("conditions").toString().contains("ReconciliationSuspended"));
    cluster.apply(
        Fixtures.object(
            "lifecycle/instance.yaml", Map.of("KIND", KIND, "NS", ns, "GREETING", "paused")));
    cluster.await(
        API,
        KIND,
        ns,
        "demo",
        "spec change seen",
        o -> o.path("metadata").path("generation").asLong() == 2);
    assertThat(child("ConfigMap", ns, "demo-config").path("data").path("greeting").asText())
        .isEqualTo("hi");

    cluster
        .kind(API, KIND)
        .inNamespace(ns)
        .withName("demo")
        .edit(
            instance -> {
              instance.getMetadata().setAnnotations(Map.of());
              return instance;
            });
    cluster.await(
        "v1",
        "ConfigMap",
        ns,
        "demo-config",
        "updated once resumed",
        cm -> cm.path("data").path("greeting").asText().equals("paused"));
    cluster.awaitState(API, KIND, ns, "demo", "ACTIVE");
  }

  @Test
  void deletionGoesInWavesAndKeepsRetained(KubeTestEnv env) {
    String ns = env.newNamespace("lifecycle-delete");
    cluster.apply(
        Fixtures.object(
            "lifecycle/instance.yaml", Map.of("KIND", KIND, "NS", ns, "GREETING", "hi")));
    cluster.awaitState(API, KIND, ns, "demo", "ACTIVE");
    long mark = audit.mark();

    cluster.kind(API, KIND).inNamespace(ns).withName("demo").delete();

    cluster.awaitGone(API, KIND, ns, "demo");
    List<String> deletes =
        audit.writesSince(mark, TestController.USER).stream()
            .filter(w -> w.startsWith("delete "))
            .toList();
    assertThat(deletes)
        .containsExactly(
            "delete configmaps " + ns + "/demo-route",
            "delete services " + ns + "/demo",
            "delete configmaps " + ns + "/demo-config");
    assertThat(cluster.get("v1", "ConfigMap", ns, "demo-keep")).isPresent();
    assertThat(cluster.get("v1", "ConfigMap", ns, "demo-route")).isEmpty();
  }

  private static JsonNode child(String kind, String ns, String name) {
    return Cluster.tree(
        cluster.get("v1", kind, ns, name).orElseThrow(() -> new AssertionError(kind + " " + name)));
  }

  private static long rv(JsonNode object) {
    return Long.parseLong(object.path("metadata").path("resourceVersion").asText());
  }
}
