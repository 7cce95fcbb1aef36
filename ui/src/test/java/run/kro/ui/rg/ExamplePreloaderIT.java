package run.kro.ui.rg;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.testenv.KubeTest;

/**
 * Preloading the examples on the real API server: missing ResourceGroups, CRDs and prerequisites are created, an
 * existing object is left exactly as it was, and instances whose API is not generated (no controller runs here) are
 * reported as pending.
 */
@KubeTest
class ExamplePreloaderIT {

  @Test
  void createsWhatIsMissingAndChangesNothingThatExists(KubernetesClient client) {
    ResourceGroupFixtures fixtures = new ResourceGroupFixtures(client);
    fixtures.installKroCrds();
    var webApp = fixtures.stored(ResourceGroupKind.RESOURCE_GROUP, "web-app");
    if (webApp.isEmpty()) {
      client.resource(new io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder()
          .withApiVersion(ResourceGroupKind.API_VERSION).withKind("ResourceGroup")
          .withNewMetadata().withName("web-app").withAnnotations(Map.of("test", "mine")).endMetadata()
          .withAdditionalProperties(Map.of("spec", Map.of("schema", Map.of("apiVersion", "v1alpha1", "kind", "Mine"))))
          .build()).create();
    }
    String before = fixtures.stored(ResourceGroupKind.RESOURCE_GROUP, "web-app").orElseThrow().getMetadata()
        .getResourceVersion();

    List<String> pending = new ExamplePreloader(client, Duration.ofSeconds(3)).preload();

    assertThat(fixtures.stored(ResourceGroupKind.RESOURCE_GROUP, "collection")
        .or(() -> fixtures.stored(ResourceGroupKind.RESOURCE_GROUP, "regional-config"))).isPresent();
    assertThat(fixtures.stored(ResourceGroupKind.RESOURCE_GROUP, "app-stack")).isPresent();
    assertThat(client.apiextensions().v1().customResourceDefinitions().withName("buckets.s3.services.k8s.aws").get())
        .isNotNull();
    assertThat(client.configMaps().inNamespace("default").withName("app-settings").get())
        .as("an example's prerequisites (what its externalRef reads)").isNotNull();
    GenericKubernetesResource webAppAfter = fixtures.stored(ResourceGroupKind.RESOURCE_GROUP, "web-app").orElseThrow();
    assertThat(webAppAfter.getMetadata().getResourceVersion()).isEqualTo(before);
    assertThat(pending).as("instances wait for the controller's generated APIs").contains("WebApp shop");
  }
}
