package run.kro.ui.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;
import run.kro.ui.rg.ReadyCondition;
import run.kro.ui.rg.ResourceGroupSaver;
import run.kro.ui.testing.FixtureNames;

/** Listing a ResourceGroup's instances and the installed APIs of a real API server. */
@KubeTest
class InstanceCatalogIT {

  private static InstanceCluster cluster;

  @BeforeAll
  static void connect(KubernetesClient admin) {
    cluster = new InstanceCluster(admin);
  }

  @Test
  void listsInstancesAcrossNamespacesWithWhatTheControllerWrote() {
    FixtureNames names = InstanceFixtures.freshNames("catalog");
    cluster.installResourceGroup("widgets.yaml", names);
    InstanceApi api = cluster.apis.resolve(names.name());
    String first = KubeTestEnv.get().newNamespace("inst");
    String second = KubeTestEnv.get().newNamespace("inst");
    assertThat(
            cluster.writer.create(names.name(), first, cluster.instance("shop", "{}")).succeeded())
        .isTrue();
    assertThat(
            cluster.writer.create(names.name(), second, cluster.instance("docs", "{}")).succeeded())
        .isTrue();
    cluster.writeStatus(api, first, "shop", "IN_PROGRESS", false, List.of());

    List<InstanceSummary> instances = cluster.catalog.list(names.name());

    assertThat(instances)
        .extracting(InstanceSummary::namespace, InstanceSummary::name)
        .containsExactlyElementsOf(
            first.compareTo(second) < 0
                ? List.of(tuple(first, "shop"), tuple(second, "docs"))
                : List.of(tuple(second, "docs"), tuple(first, "shop")));
    InstanceSummary shop =
        instances.stream().filter(i -> i.name().equals("shop")).findFirst().orElseThrow();
    assertThat(shop.state()).contains("IN_PROGRESS");
    assertThat(shop.ready())
        .isEqualTo(new ReadyCondition(ReadyCondition.Status.FALSE, "app is not ready"));
    assertThat(shop.graphRevision()).contains(2L);
    assertThat(shop.deleting()).isFalse();
    assertThat(shop.age(Instant.now()).orElseThrow())
        .isBetween(Duration.ZERO, Duration.ofMinutes(5));
    InstanceSummary docs =
        instances.stream().filter(i -> i.name().equals("docs")).findFirst().orElseThrow();
    assertThat(docs.state()).as("no controller has seen it").isEmpty();
    assertThat(docs.ready()).isEqualTo(ReadyCondition.NOT_REPORTED);
  }

  @Test
  void listsTheApiOfEveryResourceGroupWhoseCrdExists() {
    FixtureNames installed = InstanceFixtures.freshNames("apis");
    cluster.installResourceGroup("widgets.yaml", installed);
    String namespace = KubeTestEnv.get().newNamespace("inst");
    cluster.writer.create(installed.name(), namespace, cluster.instance("one", "{}"));

    List<ApiSummary> apis = cluster.catalog.apis();

    assertThat(apis)
        .filteredOn(a -> a.resourceGroup().equals(installed.name()))
        .singleElement()
        .satisfies(
            api -> {
              assertThat(api.kind()).isEqualTo(installed.kind());
              assertThat(api.apiVersion()).isEqualTo("kro.run/v1alpha1");
              assertThat(api.plural()).isEqualTo(installed.kind().toLowerCase(Locale.ROOT) + "s");
              assertThat(api.scope()).isEqualTo("Namespaced");
              assertThat(api.description()).contains("Widgets for tests");
              assertThat(api.instanceCount()).hasValue(1);
            });
  }

  @Test
  void aResourceGroupWithoutItsCrdOrWithoutAnyObjectIsExplained() {
    FixtureNames saved = InstanceFixtures.freshNames("nocrd");
    var result =
        new ResourceGroupSaver(() -> cluster.client, cluster.validation, cluster.audit)
            .save(InstanceFixtures.yaml("widgets.yaml", saved));
    assertThat(result.saved()).as(result.describe()).isTrue();

    assertThat(cluster.catalog.apis()).noneMatch(a -> a.resourceGroup().equals(saved.name()));
    assertThatThrownBy(() -> cluster.catalog.list(saved.name()))
        .isInstanceOf(InstanceApiException.class)
        .hasMessage(
            "the API "
                + saved.kind()
                + ".kro.run of ResourceGroup \""
                + saved.name()
                + "\" is not installed yet: the controller creates its CRD once the ResourceGroup is active");
    assertThatThrownBy(() -> cluster.catalog.list("no-such-rg"))
        .isInstanceOf(InstanceApiException.class)
        .hasMessage("there is no ResourceGroup or ResourceGraphDefinition named \"no-such-rg\"");
  }

  @Test
  void offersTheNamespacesOfTheCluster() {
    String namespace = KubeTestEnv.get().newNamespace("inst");

    assertThat(cluster.namespaces.namespaces()).contains("default", namespace).isSorted();
  }
}
