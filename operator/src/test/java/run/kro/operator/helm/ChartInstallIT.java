package run.kro.operator.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.Release;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.fabric8.kubernetes.api.model.discovery.v1.Endpoint;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointPort;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSlice;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;

/**
 * Guard: the chart installs, upgrades and uninstalls for real. Helm (in-process, through helm-java)
 * installs {@code helm/kro} on the test control plane, whose kube-controller-manager,
 * kube-scheduler and kwok turn Deployments into ReplicaSets, scheduled pods and EndpointSlices. A
 * dry run ({@link ChartDryRunIT}) shows only that the API server accepts each object; this shows
 * that they work together, and that an upgrade and an uninstall leave nothing behind.
 *
 * <p>kwok plays the kubelet: it runs no containers and pulls no images (the kro images need not
 * even exist). So an Available Deployment here proves scheduling, the Deployment and ReplicaSet
 * controllers, the service account the pods run as and a valid pod template — not that the images
 * start or that their probes pass.
 */
@KubeTest
class ChartInstallIT {

  /** Generous for a busy machine: kwok makes a scheduled pod Ready within about a second. */
  private static final Duration SETTLE = Duration.ofSeconds(60);

  /** Kinds that the release, or the controllers working for it, may leave in its namespace. */
  private static final List<Kind> NAMESPACED_KINDS =
      List.of(
          new Kind("apps/v1", "Deployment"),
          new Kind("apps/v1", "ReplicaSet"),
          new Kind("v1", "Pod"),
          new Kind("v1", "Service"),
          new Kind("discovery.k8s.io/v1", "EndpointSlice"),
          new Kind("v1", "ConfigMap"),
          new Kind("v1", "Secret"),
          new Kind("v1", "ServiceAccount"),
          new Kind("rbac.authorization.k8s.io/v1", "Role"),
          new Kind("rbac.authorization.k8s.io/v1", "RoleBinding"));

  /** What every namespace has, whoever uses it. */
  private static final List<String> NAMESPACE_DEFAULTS =
      List.of("ConfigMap kube-root-ca.crt", "ServiceAccount default");

  private KubeTestEnv env;
  private KubernetesClient client;

  /**
   * Unique to the run: the controller's and console's ClusterRoles and ClusterRoleBindings are
   * cluster-scoped, named after the release, and other tests share the cluster (the team roles,
   * {@code kro:*}, have fixed names: no other test may install the chart with them at the same
   * time). It contains "kro", so it also prefixes object names.
   */
  private String release;

  private String namespace;

  @BeforeEach
  void newRelease(KubeTestEnv env, KubernetesClient client) {
    this.env = env;
    this.client = client;
    release =
        "kro-it-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
    namespace = env.newNamespace("kro-system");
  }

  /**
   * A failed run must not leave its cluster-wide rights to the tests after it; a no-op when the
   * test got through.
   */
  @AfterEach
  void uninstallLeftovers() {
    Helm.uninstall(release)
        .withNamespace(namespace)
        .withKubeConfig(env.kubeconfig())
        .ignoreNotFound()
        .call();
  }

  @Test
  void installsUpgradesAndUninstallsWithoutOrphans() {
    String teamNamespace = release + "-team-a";
    Path teams =
        KroChart.writeValues(
            KroChart.teamValues(List.of(KroChart.team("team-a", List.of(teamNamespace), true))));
    Path changes =
        KroChart.writeValues(
            Map.of(
                "controller", Map.of("replicas", 2, "settings", Map.of("clientQps", 50)),
                "console", Map.of("enabled", false)));
    RenderedChart installed = KroChart.render(release, namespace, List.of(teams));
    RenderedChart upgraded = KroChart.render(release, namespace, List.of(teams, changes));

    install(teams, installed);
    upgrade(teams, changes, installed, upgraded);
    uninstall(installed, upgraded);
  }

  /**
   * Every rendered object is created, both Deployments become Available and the Services reach
   * their pods.
   */
  private void install(Path values, RenderedChart installed) {
    Release done =
        KroChart.helm()
            .install()
            .withName(release)
            .withNamespace(namespace)
            .withKubeConfig(env.kubeconfig())
            .withValuesFile(values)
            .call();

    assertThat(done.getStatus()).isEqualTo("deployed");
    assertThat(installed.kinds())
        .contains(
            "ClusterRole",
            "ClusterRoleBinding",
            "RoleBinding",
            "ServiceAccount",
            "Namespace",
            "Deployment",
            "Service");
    assertCreated(installed);
    assertThat(chartCrds())
        .extracting(crd -> crd.getMetadata().getName())
        .contains("resourcegroups.kro.run", "resourcegraphdefinitions.kro.run");
    chartCrds().forEach(this::assertServedAsInChart);
    awaitRolledOut(installed, release + "-controller");
    awaitRolledOut(installed, release + "-console");
    awaitServing(installed);
    // rbac.aggregateToDefaultRoles, through the cluster-role aggregation controller.
    await()
        .atMost(SETTLE)
        .untilAsserted(() -> assertThat(viewGrantsKroRun()).as("view grants kro.run").isTrue());
  }

  /**
   * Changed values take effect: the controller's settings ConfigMap changes, its pods are replaced
   * (the settings checksum) by two Available replicas, and the objects of the disabled console go,
   * pods included.
   */
  private void upgrade(Path values, Path changes, RenderedChart installed, RenderedChart upgraded) {
    Release done =
        KroChart.helm()
            .upgrade()
            .withName(release)
            .withNamespace(namespace)
            .withKubeConfig(env.kubeconfig())
            .withValuesFile(values)
            .withValuesFile(changes)
            .call();

    assertThat(done.getRevision()).isEqualTo("2");
    assertCreated(upgraded);
    assertThat(
            client
                .configMaps()
                .inNamespace(namespace)
                .withName(release + "-controller-settings")
                .get()
                .getData())
        .containsEntry("KRO_CONTROLLER_CLIENT_QPS", "50");
    awaitRolledOut(upgraded, release + "-controller");
    List<GenericKubernetesResource> removed =
        installed.objects().stream()
            .filter(o -> upgraded.find(o.getKind(), o.getMetadata().getName()).isEmpty())
            .toList();
    assertThat(removed)
        .extracting(ChartInstallIT::describe)
        .contains(
            "Deployment " + release + "-console",
            "Service " + release + "-console",
            "ClusterRoleBinding " + release + "-console");
    await()
        .atMost(SETTLE)
        .untilAsserted(() -> assertThat(existing(removed)).as("left by the upgrade").isEmpty());
    // The console's ReplicaSet, pods and EndpointSlices, which Helm never created: the garbage
    // collector's part.
    await()
        .atMost(SETTLE)
        .untilAsserted(
            () ->
                assertThat(leftInNamespace())
                    .as("left by the upgrade")
                    .noneMatch(o -> o.contains(release + "-console")));
  }

  /**
   * Nothing the release made is left, cluster-wide or in its namespace — neither what Helm created
   * nor what the controllers made for it (ReplicaSets, pods, EndpointSlices) nor the rights
   * aggregated into {@code view} — except the CRDs: Helm installs {@code crds/} but by design never
   * upgrades or deletes them.
   */
  private void uninstall(RenderedChart installed, RenderedChart upgraded) {
    assertThat(leftInNamespace())
        .as("before uninstalling")
        .anyMatch(o -> o.startsWith("ReplicaSet "))
        .anyMatch(o -> o.startsWith("Pod "))
        .anyMatch(o -> o.startsWith("EndpointSlice "))
        .anyMatch(o -> o.startsWith("Secret sh.helm.release."));

    Helm.uninstall(release).withNamespace(namespace).withKubeConfig(env.kubeconfig()).call();

    List<GenericKubernetesResource> everything =
        Stream.concat(installed.objects().stream(), upgraded.objects().stream()).toList();
    await()
        .atMost(SETTLE)
        .untilAsserted(
            () -> assertThat(existing(everything)).as("left by the uninstall").isEmpty());
    await()
        .atMost(SETTLE)
        .untilAsserted(
            () -> assertThat(leftInNamespace()).as("left in namespace %s", namespace).isEmpty());
    await()
        .atMost(SETTLE)
        .untilAsserted(() -> assertThat(viewGrantsKroRun()).as("view grants kro.run").isFalse());
    // Kept: Helm never deletes crds/.
    chartCrds().forEach(this::assertServedAsInChart);
  }

  /**
   * Each rendered object exists, marked as the release's by Helm, with the data, rules and bindings
   * rendered.
   */
  private void assertCreated(RenderedChart chart) {
    for (GenericKubernetesResource rendered : chart.objects()) {
      GenericKubernetesResource live = client.resource(rendered).get();
      assertThat(live).as(describe(rendered)).isNotNull();
      assertThat(live.getMetadata().getAnnotations())
          .as(describe(rendered))
          .containsEntry("meta.helm.sh/release-name", release);
      for (String field : List.of("data", "rules", "roleRef", "subjects")) {
        assertThat(live.getAdditionalProperties().get(field))
            .as("%s: %s", describe(rendered), field)
            .isEqualTo(rendered.getAdditionalProperties().get(field));
      }
    }
  }

  /**
   * The Deployment rolls out as rendered: all replicas updated and Available, each pod scheduled
   * onto a kwok node, Ready and carrying the rendered template's settings checksum.
   */
  private void awaitRolledOut(RenderedChart chart, String name) {
    Deployment rendered = chart.get("Deployment", name, Deployment.class);
    int replicas = rendered.getSpec().getReplicas();
    String checksum =
        rendered.getSpec().getTemplate().getMetadata().getAnnotations().get("checksum/settings");
    await()
        .atMost(SETTLE)
        .untilAsserted(
            () -> {
              Deployment live =
                  client.apps().deployments().inNamespace(namespace).withName(name).get();
              DeploymentStatus status = live.getStatus();
              assertThat(status).as("status of Deployment %s", name).isNotNull();
              assertThat(status.getConditions())
                  .as("conditions of Deployment %s", name)
                  .anyMatch(c -> c.getType().equals("Available") && c.getStatus().equals("True"));
              assertThat(
                      List.of(
                          status.getObservedGeneration(),
                          status.getReplicas(),
                          status.getUpdatedReplicas(),
                          status.getAvailableReplicas()))
                  .as("Deployment %s: observed generation, replicas, updated, available", name)
                  .isEqualTo(
                      List.of(live.getMetadata().getGeneration(), replicas, replicas, replicas));
              assertThat(pods(rendered.getSpec().getSelector().getMatchLabels()))
                  .as("pods of Deployment %s", name)
                  .hasSize(replicas)
                  .allSatisfy(
                      pod -> {
                        assertThat(pod.getSpec().getNodeName()).isNotBlank();
                        assertThat(pod.getMetadata().getAnnotations())
                            .containsEntry("checksum/settings", checksum);
                        assertThat(pod.getStatus().getConditions())
                            .anyMatch(
                                c -> c.getType().equals("Ready") && c.getStatus().equals("True"));
                      });
            });
  }

  /**
   * Each Service selects the ready pods of a rendered Deployment and resolves its named target
   * ports to their container ports: its EndpointSlices list every replica, ready, on those ports.
   */
  private void awaitServing(RenderedChart chart) {
    for (Service service : chart.ofKind("Service", Service.class)) {
      String name = service.getMetadata().getName();
      Deployment target =
          chart.ofKind("Deployment", Deployment.class).stream()
              .filter(
                  d ->
                      d.getSpec()
                          .getTemplate()
                          .getMetadata()
                          .getLabels()
                          .entrySet()
                          .containsAll(service.getSpec().getSelector().entrySet()))
              .findFirst()
              .orElseThrow(
                  () -> new AssertionError("Service " + name + " selects no rendered Deployment"));
      Map<String, Integer> containerPorts = new LinkedHashMap<>();
      for (ContainerPort port :
          target.getSpec().getTemplate().getSpec().getContainers().get(0).getPorts()) {
        containerPorts.put(port.getName(), port.getContainerPort());
      }
      List<Integer> ports =
          service.getSpec().getPorts().stream()
              .map(ServicePort::getTargetPort)
              .map(p -> containerPorts.get(p.getStrVal()))
              .sorted()
              .toList();
      await()
          .atMost(SETTLE)
          .untilAsserted(
              () -> {
                List<EndpointSlice> slices =
                    client
                        .discovery()
                        .v1()
                        .endpointSlices()
                        .inNamespace(namespace)
                        .withLabel("kubernetes.io/service-name", name)
                        .list()
                        .getItems();
                assertThat(
                        slices.stream()
                            .flatMap(s -> listed(s.getEndpoints()))
                            .map(Endpoint::getConditions)
                            .filter(c -> Boolean.TRUE.equals(c.getReady())))
                    .as("ready endpoints of Service %s", name)
                    .hasSize(target.getSpec().getReplicas());
                assertThat(
                        slices.stream()
                            .flatMap(s -> listed(s.getPorts()))
                            .map(EndpointPort::getPort)
                            .sorted()
                            .toList())
                    .as("ports of Service %s", name)
                    .isEqualTo(ports);
              });
    }
  }

  /** An EndpointSlice's endpoints and ports may be null until the controller fills them in. */
  private static <T> Stream<T> listed(List<T> items) {
    return Objects.requireNonNullElse(items, List.<T>of()).stream();
  }

  private List<Pod> pods(Map<String, String> selector) {
    return client.pods().inNamespace(namespace).withLabels(selector).list().getItems();
  }

  /** The objects of the list still on the server (a namespace being deleted counts). */
  private List<String> existing(Collection<GenericKubernetesResource> objects) {
    return objects.stream()
        .filter(o -> client.resource(o).get() != null)
        .map(ChartInstallIT::describe)
        .distinct()
        .toList();
  }

  /** Everything in the release's namespace but what every namespace has, as "Kind name". */
  private List<String> leftInNamespace() {
    List<String> left = new ArrayList<>();
    for (Kind kind : NAMESPACED_KINDS) {
      client
          .genericKubernetesResources(kind.apiVersion(), kind.name())
          .inNamespace(namespace)
          .list()
          .getItems()
          .forEach(o -> left.add(kind.name() + " " + o.getMetadata().getName()));
    }
    left.removeAll(NAMESPACE_DEFAULTS);
    return left;
  }

  /**
   * Whether the built-in {@code view} role grants anything in {@code kro.run}, as the chart's
   * aggregation adds.
   */
  private boolean viewGrantsKroRun() {
    return client.rbac().clusterRoles().withName("view").get().getRules().stream()
        .anyMatch(rule -> rule.getApiGroups() != null && rule.getApiGroups().contains("kro.run"));
  }

  private List<CustomResourceDefinition> chartCrds() {
    return KroChart.crdFiles().stream()
        .map(
            file ->
                client.apiextensions().v1().customResourceDefinitions().load(file.toFile()).item())
        .toList();
  }

  /**
   * The CRD is served with the chart's schemas. Helm skips a CRD that exists, and the controller of
   * an earlier test may have created it: whoever did, it must be the chart's.
   */
  private void assertServedAsInChart(CustomResourceDefinition chart) {
    String name = chart.getMetadata().getName();
    CustomResourceDefinition live =
        client.apiextensions().v1().customResourceDefinitions().withName(name).get();
    assertThat(live).as("CRD %s", name).isNotNull();
    assertThat(live.getStatus().getConditions())
        .as("conditions of CRD %s", name)
        .anyMatch(c -> c.getType().equals("Established") && c.getStatus().equals("True"));
    assertThat(schemas(live)).as("schemas of CRD %s", name).isEqualTo(schemas(chart));
  }

  private static Map<String, Object> schemas(CustomResourceDefinition crd) {
    return crd.getSpec().getVersions().stream()
        .collect(Collectors.toMap(v -> v.getName(), v -> v.getSchema().getOpenAPIV3Schema()));
  }

  private static String describe(GenericKubernetesResource object) {
    return object.getKind() + " " + object.getMetadata().getName();
  }

  private record Kind(String apiVersion, String name) {}
}
