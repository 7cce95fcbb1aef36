package run.kro.operator.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Guard: the chart renders, with each set of values, the objects and rights docs/security.md
 * promises.
 */
class ChartTemplateTest {

  private static final String CONTROLLER = "kro-controller";
  private static final String CONSOLE = "kro-console";

  @Test
  void defaultValuesRenderBothProcessesAndNothingOptional() {
    RenderedChart chart = KroChart.render();

    assertThat(chart.kinds())
        .containsExactly(
            "ClusterRole",
            "ClusterRoleBinding",
            "ConfigMap",
            "Deployment",
            "Service",
            "ServiceAccount");
    assertThat(chart.ofKind("Deployment"))
        .extracting(o -> o.getMetadata().getName())
        .containsExactlyInAnyOrder(CONTROLLER, CONSOLE);
    assertThat(chart.ofKind("Service"))
        .extracting(o -> o.getMetadata().getName())
        .containsExactlyInAnyOrder(CONTROLLER + "-metrics", CONSOLE);
    assertThat(chart.objects())
        .allSatisfy(
            o ->
                assertThat(o.getMetadata().getLabels())
                    .containsEntry("app.kubernetes.io/instance", KroChart.RELEASE)
                    .containsEntry("app.kubernetes.io/part-of", "kro"));
    assertThat(chart.ofKind("RoleBinding")).isEmpty();
  }

  @Test
  void bothProcessesRunAsNonRootOnAReadOnlyRootFileSystem() {
    RenderedChart chart = KroChart.render();

    for (String name : List.of(CONTROLLER, CONSOLE)) {
      PodSpec pod =
          chart.get("Deployment", name, Deployment.class).getSpec().getTemplate().getSpec();
      Container container = pod.getContainers().get(0);
      assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(name).isTrue();
      assertThat(pod.getSecurityContext().getRunAsUser()).as(name).isPositive();
      assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).as(name).isTrue();
      assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).as(name).isFalse();
      assertThat(container.getSecurityContext().getCapabilities().getDrop())
          .as(name)
          .containsExactly("ALL");
      assertThat(container.getVolumeMounts())
          .as(name)
          .anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
      String tmpVolume =
          container.getVolumeMounts().stream()
              .filter(m -> m.getMountPath().equals("/tmp"))
              .findFirst()
              .orElseThrow()
              .getName();
      assertThat(pod.getVolumes())
          .as(name)
          .anySatisfy(
              v -> {
                assertThat(v.getName()).isEqualTo(tmpVolume);
                assertThat(v.getEmptyDir()).isNotNull();
              });
      assertThat(container.getResources().getLimits()).as(name).containsKeys("cpu", "memory");
    }
  }

  @Test
  void controllerProbesTheActuatorAndTakesItsSettingsFromTheConfigMap() {
    RenderedChart chart = KroChart.render();
    Container controller =
        chart
            .get("Deployment", CONTROLLER, Deployment.class)
            .getSpec()
            .getTemplate()
            .getSpec()
            .getContainers()
            .get(0);

    assertThat(controller.getPorts())
        .singleElement()
        .satisfies(p -> assertThat(p.getContainerPort()).isEqualTo(8078));
    assertThat(controller.getLivenessProbe().getHttpGet().getPath())
        .isEqualTo("/actuator/health/liveness");
    assertThat(controller.getReadinessProbe().getHttpGet().getPath())
        .isEqualTo("/actuator/health/readiness");
    assertThat(controller.getEnvFrom())
        .singleElement()
        .satisfies(
            e -> assertThat(e.getConfigMapRef().getName()).isEqualTo(CONTROLLER + "-settings"));
    assertThat(chart.get("ConfigMap", CONTROLLER + "-settings", ConfigMap.class).getData())
        .containsEntry("KRO_METRICS_PORT", "8078")
        .containsEntry("KRO_CONTROLLER_LEADER_ELECTION_ENABLED", "true");
    assertThat(controller.getEnv())
        .anySatisfy(
            e -> {
              assertThat(e.getName()).isEqualTo("KRO_CONTROLLER_LEADER_ELECTION_NAMESPACE");
              assertThat(e.getValueFrom().getFieldRef().getFieldPath())
                  .isEqualTo("metadata.namespace");
            });
    Service metrics = chart.get("Service", CONTROLLER + "-metrics", Service.class);
    assertThat(metrics.getSpec().getPorts())
        .extracting(ServicePort::getName)
        .containsExactly("metrics");
  }

  @Test
  void unrestrictedModeGivesTheControllerEverything() {
    ClusterRole role = KroChart.render().get("ClusterRole", CONTROLLER, ClusterRole.class);

    assertThat(role.getAggregationRule()).isNull();
    assertThat(role.getRules())
        .singleElement()
        .satisfies(
            rule -> {
              assertThat(rule.getApiGroups()).containsExactly("*");
              assertThat(rule.getResources()).containsExactly("*");
              assertThat(rule.getVerbs()).containsExactly("*");
            });
    assertBoundToServiceAccount(KroChart.render(), CONTROLLER, CONTROLLER);
  }

  @Test
  void aggregationModeGivesTheControllerBaseRulesAndWhatIsAggregated() {
    RenderedChart chart = KroChart.render("aggregation.yaml");

    ClusterRole role = chart.get("ClusterRole", CONTROLLER, ClusterRole.class);
    assertThat(role.getAggregationRule().getClusterRoleSelectors())
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.getMatchLabels())
                    .containsExactly(Map.entry("rbac.kro.run/aggregate-to-controller", "true")));
    ClusterRole base = chart.get("ClusterRole", CONTROLLER + "-base", ClusterRole.class);
    assertThat(base.getMetadata().getLabels())
        .containsEntry("rbac.kro.run/aggregate-to-controller", "true");
    assertThat(base.getRules())
        .as("every resource only in kro.run")
        .filteredOn(r -> r.getResources().contains("*"))
        .allSatisfy(r -> assertThat(r.getApiGroups()).containsExactly("kro.run"));
    assertThat(base.getRules()).flatExtracting(PolicyRule::getApiGroups).doesNotContain("*");
    assertThat(rule(base, "kro.run", "*").getVerbs()).containsExactly("*");
    assertThat(rule(base, "apiextensions.k8s.io", "customresourcedefinitions").getVerbs())
        .contains("create", "update", "delete")
        .doesNotContain("*");
    assertThat(rule(base, "", "events").getVerbs()).containsExactlyInAnyOrder("create", "patch");
    assertThat(rule(base, "", "serviceaccounts").getVerbs()).containsExactly("impersonate");
    assertThat(rule(base, "", "groups").getResourceNames())
        .containsExactly(
            "system:serviceaccounts",
            "system:serviceaccounts:team-a",
            "system:serviceaccounts:team-b");

    Role leases = chart.get("Role", CONTROLLER + "-leader-election", Role.class);
    assertThat(leases.getMetadata().getNamespace()).isEqualTo(KroChart.NAMESPACE);
    assertThat(leases.getRules())
        .singleElement()
        .satisfies(r -> assertThat(r.getResources()).containsExactly("leases"));
    RoleBinding leaseBinding =
        chart.get("RoleBinding", CONTROLLER + "-leader-election", RoleBinding.class);
    assertThat(leaseBinding.getSubjects()).extracting(Subject::getName).containsExactly(CONTROLLER);
    assertThat(chart.get("Deployment", CONTROLLER, Deployment.class).getSpec().getReplicas())
        .isEqualTo(2);
    assertBoundToServiceAccount(chart, CONTROLLER, CONTROLLER);
  }

  @Test
  void aggregationModeWithoutImpersonationNamespacesAllowsAnyServiceAccountGroup() {
    ClusterRole base =
        KroChart.renderWith("rbac.mode", "aggregation")
            .get("ClusterRole", CONTROLLER + "-base", ClusterRole.class);

    assertThat(rule(base, "", "groups").getResourceNames()).isNullOrEmpty();
  }

  @Test
  void consoleAccountMayOnlyImpersonateAndReadNamespacesAndCrds() {
    for (RenderedChart chart :
        List.of(
            KroChart.render(),
            KroChart.render("external-oidc.yaml"),
            KroChart.render("aggregation.yaml"))) {
      ClusterRole role = chart.get("ClusterRole", CONSOLE, ClusterRole.class);

      assertThat(role.getAggregationRule()).isNull();
      assertThat(role.getRules())
          .extracting(
              r ->
                  r.getApiGroups()
                      + " "
                      + r.getResources()
                      + " "
                      + r.getVerbs()
                      + " "
                      + (r.getResourceNames() == null ? List.of() : r.getResourceNames()))
          .containsExactlyInAnyOrder(
              "[] [users, groups] [impersonate] []",
              "[] [namespaces] [get, list, watch] []",
              "[apiextensions.k8s.io] [customresourcedefinitions] [get, list, watch] []");
      assertBoundToServiceAccount(chart, CONSOLE, CONSOLE);
    }
  }

  @Test
  void withoutAnIssuerTheConsoleRunsTheEmbeddedProviderOnAPortForwardablePort() {
    RenderedChart chart = KroChart.render();

    assertThat(chart.get("ConfigMap", CONSOLE + "-settings", ConfigMap.class).getData())
        .containsEntry("KRO_CONSOLE_OIDC_EMBEDDED_PROVIDER", "on")
        .containsEntry("KRO_CONSOLE_OIDC_EMBEDDED_PROVIDER_PORT", "9090")
        .containsEntry("PORT", "8080")
        .doesNotContainKey("KRO_CONSOLE_OIDC_ISSUER_URI");
    assertThat(chart.get("Service", CONSOLE, Service.class).getSpec().getPorts())
        .extracting(ServicePort::getName, ServicePort::getPort)
        .containsExactly(Tuple.tuple("http", 8080), Tuple.tuple("idp", 9090));
    assertThat(consoleContainer(chart).getEnv())
        .noneSatisfy(e -> assertThat(e.getName()).isEqualTo("KRO_CONSOLE_OIDC_CLIENT_SECRET"));
  }

  @Test
  void anExternalProviderIsWiredToTheConsolesOidcSettings() {
    RenderedChart chart = KroChart.render("external-oidc.yaml");

    assertThat(chart.get("ConfigMap", CONSOLE + "-settings", ConfigMap.class).getData())
        .containsEntry("KRO_CONSOLE_OIDC_ISSUER_URI", "https://idp.example.com/realms/kro")
        .containsEntry("KRO_CONSOLE_OIDC_CLIENT_ID", "kro")
        .containsEntry("KRO_CONSOLE_OIDC_GROUPS_CLAIM", "roles")
        .containsEntry("KRO_CONSOLE_OIDC_USERNAME_CLAIM", "email")
        .containsEntry("KRO_CONSOLE_OIDC_EMBEDDED_PROVIDER", "off")
        .doesNotContainKey("KRO_CONSOLE_OIDC_EMBEDDED_PROVIDER_PORT");
    assertThat(consoleContainer(chart).getEnv())
        .anySatisfy(
            e -> {
              assertThat(e.getName()).isEqualTo("KRO_CONSOLE_OIDC_CLIENT_SECRET");
              assertThat(e.getValueFrom().getSecretKeyRef().getName())
                  .isEqualTo("kro-console-oidc");
              assertThat(e.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("secret");
            });
    assertThat(chart.get("Service", CONSOLE, Service.class).getSpec().getPorts())
        .extracting(ServicePort::getName)
        .containsExactly("http");
  }

  @Test
  void ingressAndServiceMonitorWhenAskedFor() {
    RenderedChart chart = KroChart.render("ingress-servicemonitor.yaml");

    Ingress ingress = chart.get("Ingress", CONSOLE, Ingress.class);
    assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
    assertThat(ingress.getSpec().getTls())
        .singleElement()
        .satisfies(
            tls -> {
              assertThat(tls.getHosts()).containsExactly("kro.example.com");
              assertThat(tls.getSecretName()).isEqualTo("kro-tls");
            });
    assertThat(ingress.getSpec().getRules())
        .singleElement()
        .satisfies(
            rule -> {
              assertThat(rule.getHost()).isEqualTo("kro.example.com");
              assertThat(rule.getHttp().getPaths())
                  .singleElement()
                  .satisfies(
                      path -> {
                        assertThat(path.getBackend().getService().getName()).isEqualTo(CONSOLE);
                        assertThat(path.getBackend().getService().getPort().getName())
                            .isEqualTo("http");
                      });
            });

    GenericKubernetesResource monitor = chart.get("ServiceMonitor", CONTROLLER);
    assertThat(monitor.getMetadata().getLabels()).containsEntry("release", "prometheus");
    Map<String, String> selector = monitor.get("spec", "selector", "matchLabels");
    Service metrics = chart.get("Service", CONTROLLER + "-metrics", Service.class);
    assertThat(metrics.getMetadata().getLabels()).containsAllEntriesOf(selector);
    assertThat(chart.get("Service", CONSOLE, Service.class).getMetadata().getLabels())
        .as("the ServiceMonitor selects only the metrics Service")
        .doesNotContainEntry(
            "app.kubernetes.io/component", selector.get("app.kubernetes.io/component"));
    List<Map<String, Object>> endpoints = monitor.get("spec", "endpoints");
    assertThat(endpoints)
        .singleElement()
        .satisfies(
            e ->
                assertThat(e)
                    .containsEntry("port", "metrics")
                    .containsEntry("path", "/actuator/prometheus"));
  }

  @Test
  void teamRolesAreBoundToTheConfiguredGroups() {
    RenderedChart chart = KroChart.render("teams.yaml");

    assertThat(chart.find("ClusterRole", "kro:platform-engineer")).isPresent();
    assertThat(
            groupsOf(
                chart
                    .get("ClusterRoleBinding", "kro:platform-engineers", ClusterRoleBinding.class)
                    .getSubjects()))
        .containsExactly("platform");
    ClusterRoleBinding readers =
        chart.get("ClusterRoleBinding", "kro:api-readers", ClusterRoleBinding.class);
    assertThat(readers.getRoleRef().getName()).isEqualTo("kro:api-reader");
    assertThat(groupsOf(readers.getSubjects())).containsExactly("developers", "auditors");

    List<RoleBinding> bindings = chart.ofKind("RoleBinding", RoleBinding.class);
    assertThat(bindings)
        .filteredOn(b -> b.getRoleRef().getName().equals("kro:team-member"))
        .extracting(b -> b.getMetadata().getNamespace() + " " + groupsOf(b.getSubjects()))
        .containsExactlyInAnyOrder("team-a [team-a]", "team-a-staging [team-a]", "team-b [team-b]");
    assertThat(bindings)
        .filteredOn(b -> b.getRoleRef().getName().equals("view"))
        .extracting(b -> b.getMetadata().getNamespace() + " " + groupsOf(b.getSubjects()))
        .containsExactlyInAnyOrder(
            "team-a [auditors]", "team-a-staging [auditors]", "team-b [auditors]");
    assertThat(chart.ofKind("Namespace"))
        .extracting(
            n -> n.getMetadata().getName() + " " + n.getMetadata().getLabels().get("kro.run/team"))
        .containsExactlyInAnyOrder("team-a team-a", "team-a-staging team-a");
  }

  @Test
  void teamMembersGetEverythingOnlyThroughRoleBindings() {
    RenderedChart chart = KroChart.render("teams.yaml");

    assertThat(chart.ofKind("ClusterRoleBinding", ClusterRoleBinding.class))
        .extracting(b -> b.getRoleRef().getName())
        .doesNotContain("kro:team-member", "view", "edit", "admin");
  }

  private static PolicyRule rule(ClusterRole role, String apiGroup, String resource) {
    return role.getRules().stream()
        .filter(r -> r.getApiGroups().contains(apiGroup) && r.getResources().contains(resource))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no rule for " + apiGroup + "/" + resource + " in " + role.getRules()));
  }

  private static Container consoleContainer(RenderedChart chart) {
    return chart
        .get("Deployment", CONSOLE, Deployment.class)
        .getSpec()
        .getTemplate()
        .getSpec()
        .getContainers()
        .get(0);
  }

  private static List<String> groupsOf(List<Subject> subjects) {
    return subjects.stream()
        .peek(s -> assertThat(s.getKind()).isEqualTo("Group"))
        .map(Subject::getName)
        .toList();
  }

  private static void assertBoundToServiceAccount(
      RenderedChart chart, String clusterRole, String serviceAccount) {
    ClusterRoleBinding binding =
        chart.get("ClusterRoleBinding", clusterRole, ClusterRoleBinding.class);
    assertThat(binding.getRoleRef().getName()).isEqualTo(clusterRole);
    assertThat(binding.getSubjects())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.getKind()).isEqualTo("ServiceAccount");
              assertThat(s.getName()).isEqualTo(serviceAccount);
              assertThat(s.getNamespace()).isEqualTo(KroChart.NAMESPACE);
            });
    assertThat(chart.find("ServiceAccount", serviceAccount)).isPresent();
  }
}
