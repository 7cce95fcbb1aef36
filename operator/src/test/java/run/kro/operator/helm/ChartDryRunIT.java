package run.kro.operator.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import run.kro.testenv.CrdEstablishment;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;

/**
 * Guard: the real API server accepts every object the chart renders, with each set of values —
 * applied with a server-side dry run (schema, unknown fields, RBAC escalation checks, admission),
 * after installing the chart's CRDs and the Prometheus Operator's ServiceMonitor CRD for real, as
 * Helm would install {@code crds/} first.
 */
@KubeTest
class ChartDryRunIT {

  private static final String FIELD_MANAGER = "helm-chart-dry-run";

  @BeforeAll
  static void installCrds(KubernetesClient client) throws IOException {
    List<Path> crds = new ArrayList<>(KroChart.crdFiles());
    crds.add(
        KroChart.repositoryRoot()
            .resolve("examples/app-stack/crds/monitoring.coreos.com_servicemonitors.yaml"));
    for (Path file : crds) {
      try (InputStream in = Files.newInputStream(file)) {
        CustomResourceDefinition crd =
            client.apiextensions().v1().customResourceDefinitions().load(in).item();
        client.resource(crd).fieldManager(FIELD_MANAGER).forceConflicts().serverSideApply();
        CrdEstablishment.await(client, crd.getMetadata().getName());
      }
    }
  }

  @Test
  void defaultValues(KubeTestEnv env, KubernetesClient client) {
    dryRunApply(client, KroChart.renderIn(env.newNamespace("kro-system"), Map.of()));
  }

  @Test
  void aggregationMode(KubeTestEnv env, KubernetesClient client) {
    dryRunApply(
        client, KroChart.renderIn(env.newNamespace("kro-system"), Map.of(), "aggregation.yaml"));
  }

  @Test
  void externalProviderWithIngressAndServiceMonitor(KubeTestEnv env, KubernetesClient client) {
    RenderedChart chart =
        KroChart.renderIn(
            env.newNamespace("kro-system"),
            Map.of(),
            "external-oidc.yaml",
            "ingress-servicemonitor.yaml");

    assertThat(chart.kinds()).contains("Ingress", "ServiceMonitor");
    dryRunApply(client, chart);
  }

  @Test
  void teamsInTheirNamespaces(KubeTestEnv env, KubernetesClient client) {
    String teamA = env.newNamespace("team-a");
    String teamB = env.newNamespace("team-b");
    Map<String, Object> values =
        KroChart.teamValues(
            List.of(
                KroChart.team("team-a", List.of(teamA), true),
                KroChart.team("team-b", List.of(teamB), false)));
    RenderedChart chart =
        KroChart.renderIn(env.newNamespace("kro-system"), values, "settings.yaml");

    assertThat(chart.ofKind("RoleBinding")).hasSize(4);
    dryRunApply(client, chart);
  }

  @Test
  void theDryRunRefusesAnInvalidObject(KubeTestEnv env, KubernetesClient client) {
    RenderedChart chart = KroChart.renderIn(env.newNamespace("kro-system"), Map.of());
    GenericKubernetesResource deployment = chart.get("Deployment", "kro-controller");
    deployment.setAdditionalProperty("spec", Map.of("replicas", "two"));

    assertThatThrownBy(() -> dryRunApply(client, new RenderedChart(List.of(deployment))))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Deployment kro-controller");
  }

  /** Dry-run applies every object, and fails naming each object the server refused and why. */
  private static void dryRunApply(KubernetesClient client, RenderedChart chart) {
    List<String> refusals = new ArrayList<>();
    for (GenericKubernetesResource object : chart.objects()) {
      try {
        HasMetadata applied =
            client
                .resource(object)
                .dryRun()
                .fieldManager(FIELD_MANAGER)
                .forceConflicts()
                .serverSideApply();
        assertThat(applied.getMetadata().getName()).isEqualTo(object.getMetadata().getName());
      } catch (KubernetesClientException e) {
        refusals.add(
            object.getKind() + " " + object.getMetadata().getName() + ": " + e.getMessage());
      }
    }
    if (!refusals.isEmpty()) {
      throw new AssertionError("the API server refused:\n" + String.join("\n", refusals));
    }
    assertThat(chart.objects()).isNotEmpty();
  }
}
