package run.kro.ui.rg;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.testenv.KubeTest;

/**
 * Preloading the examples on the real API server: missing ResourceGroups, CRDs and prerequisites
 * are created, an existing object is left exactly as it was, and instances whose API is not
 * generated yet are reported as pending (one pass, with no patience: the controller cannot have
 * generated them in between).
 */
@KubeTest
class ExamplePreloaderIT {

  @Test
  void createsWhatIsMissingAndChangesNothingThatExists(KubernetesClient client) {
    ResourceGroupFixtures fixtures = new ResourceGroupFixtures(client);
    fixtures.installKroCrds();
    // The external-ref example's prerequisite, as someone may already have it: with a mark the
    // preloader must keep.
    ConfigMap existing = client.configMaps().inNamespace("default").withName("app-settings").get();
    if (existing == null) {
      existing =
          client
              .resource(
                  new ConfigMapBuilder()
                      .withNewMetadata()
                      .withName("app-settings")
                      .withNamespace("default")
                      .withAnnotations(Map.of("test", "mine"))
                      .endMetadata()
                      .withData(
                          Map.of(
                              "LOG_LEVEL",
                              "info",
                              "FEATURE_FLAGS",
                              "checkout-v2,fast-search",
                              "DATABASE_HOST",
                              "orders-db.team-a.svc"))
                      .build())
              .create();
    }
    String before = existing.getMetadata().getResourceVersion();

    List<String> pending = new ExamplePreloader(client, Duration.ZERO).preload();

    assertThat(
            fixtures
                .stored(ResourceGroupKind.RESOURCE_GROUP, "collection")
                .or(() -> fixtures.stored(ResourceGroupKind.RESOURCE_GROUP, "regional-config")))
        .isPresent();
    assertThat(fixtures.stored(ResourceGroupKind.RESOURCE_GROUP, "app-stack")).isPresent();
    assertThat(fixtures.stored(ResourceGroupKind.RESOURCE_GROUP, "web-app")).isPresent();
    assertThat(
            client
                .apiextensions()
                .v1()
                .customResourceDefinitions()
                .withName("buckets.s3.services.k8s.aws")
                .get())
        .isNotNull();
    assertThat(
            client
                .configMaps()
                .inNamespace("default")
                .withName("app-settings")
                .get()
                .getMetadata()
                .getResourceVersion())
        .as("an existing object is left as it was")
        .isEqualTo(before);
    assertThat(pending)
        .as("instances wait for the controller's generated APIs")
        .contains("WebApp shop");
  }
}
