package run.kro.operator.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import run.kro.operator.OperatorApplication;
import run.kro.operator.probes.ProbeServer;
import run.kro.operator.queue.ReconcileMetrics;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.Fixtures;
import run.kro.operator.testing.TestController;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;

/**
 * The controller process as it ships: the Spring Boot application with its kubeconfig, leader
 * election, probes and Prometheus metrics, reconciling a ResourceGroup and an instance against the
 * real API server.
 */
@KubeTest
class OperatorApplicationIT {

  private static final String API = "kro.run/v1alpha1";
  private static TestController shared;
  private static ConfigurableApplicationContext application;
  private static String base;

  @BeforeAll
  static void start(KubeTestEnv env) {
    shared = TestController.running();
    shared.stop();
    String leases = env.newNamespace("leases");
    application =
        new SpringApplicationBuilder(OperatorApplication.class)
            .run(
                "--server.port=0",
                "--kro.kubernetes.kubeconfig=" + env.kubeconfig(),
                "--kro.controller.leader-election.namespace=" + leases);
    base = "http://localhost:" + application.getBean(ProbeServer.class).port();
  }

  @AfterAll
  static void stop() {
    application.close();
    shared.start();
  }

  @Test
  void leadsReconcilesAndReportsHealthAndMetrics(KubeTestEnv env) throws Exception {
    Awaitility.await()
        .atMost(Cluster.PATIENCE)
        .until(() -> get("/actuator/health/readiness").contains("\"leader\""));
    assertThat(get("/actuator/health/liveness")).contains("\"UP\"");
    assertThat(status("/actuator/health/liveness")).isEqualTo(200);
    assertThat(status("/actuator/health/no-such-group")).isEqualTo(404);

    Cluster cluster = new Cluster(env.adminClient());
    String ns = env.newNamespace("application");
    cluster.applyActive(
        Fixtures.object(
            "lifecycle/chain.yaml", Map.of("RG", "application-chain", "KIND", "AppChain")));
    cluster.apply(
        Fixtures.object(
            "lifecycle/instance.yaml", Map.of("KIND", "AppChain", "NS", ns, "GREETING", "hi")));
    cluster.awaitState(API, "AppChain", ns, "demo", "ACTIVE");

    Awaitility.await()
        .atMost(Cluster.PATIENCE)
        .until(
            () ->
                get("/actuator/prometheus")
                    .contains(
                        "kro_instances{application=\"kro-controller\",kind=\"AppChain\",state=\"ACTIVE\"} 1.0"));
    String metrics = get("/actuator/prometheus");
    assertThat(metrics)
        .contains(
            "kro_reconcile_total{",
            "kind=\"AppChain\"",
            "kro_reconcile_duration_seconds",
            "kro_queue_depth{",
            "kro_cel_evaluation_seconds",
            "kro_instance_status_writes_total");
    // The Grafana dashboard we ship queries only metrics the controller serves. Errors are counted
    // per kind from the
    // first error on, so a healthy controller does not serve that one yet: it is checked against
    // its meter's name.
    String errors = ReconcileMetrics.RECONCILE_ERRORS.replace('.', '_') + "_total";
    assertThat(
            DashboardMetrics.queriedIn(Path.of("..", "docs", "dashboards", "kro-controller.json")))
        .contains(errors)
        .filteredOn(metric -> !metric.equals(errors))
        .isNotEmpty()
        .allSatisfy(
            metric ->
                assertThat(metrics)
                    .as("served: " + metric)
                    .containsPattern("(?m)^(# HELP )?" + Pattern.quote(metric) + "[{ ]"));
  }

  private static int status(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base + path)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static String get(String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    return response.body();
  }
}
