package run.kro.backend.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KindOwnershipTest {

  @Test
  void theOwnerMayDefineItsKind() {
    assertThat(
            KindOwnership.conflict(
                crd(
                    Map.of(
                        KroMetadata.OWNED,
                        "true",
                        KroMetadata.RESOURCE_GRAPH_DEFINITION_NAME,
                        "web-app")),
                "web-app"))
        .isEmpty();
  }

  @Test
  void anotherResourceGroupMayNot() {
    var conflict =
        KindOwnership.conflict(
            crd(
                Map.of(
                    KroMetadata.OWNED,
                    "true",
                    KroMetadata.RESOURCE_GRAPH_DEFINITION_NAME,
                    "web-app")),
            "webapp");
    assertThat(conflict)
        .hasValueSatisfying(
            c -> {
              assertThat(c.reason()).isEqualTo("OwnedByAnother");
              assertThat(c.message())
                  .isEqualTo("kind WebApp (kro.run) is already defined by ResourceGroup web-app");
            });
  }

  @Test
  void noResourceGroupMayTakeOverACrdKroDoesNotOwn() {
    var conflict = KindOwnership.conflict(crd(Map.of()), "web-app");
    assertThat(conflict)
        .hasValueSatisfying(
            c -> {
              assertThat(c.reason()).isEqualTo("NotOwned");
              assertThat(c.message())
                  .isEqualTo(
                      "kind WebApp (kro.run) is already defined by CRD webapps.kro.run, which KRO does not own");
            });
    assertThat(KindOwnership.owner(crd(Map.of()))).isEmpty();
  }

  private static CustomResourceDefinition crd(Map<String, String> labels) {
    return new CustomResourceDefinitionBuilder()
        .withNewMetadata()
        .withName("webapps.kro.run")
        .withLabels(labels)
        .endMetadata()
        .withNewSpec()
        .withGroup("kro.run")
        .withNewNames()
        .withKind("WebApp")
        .withPlural("webapps")
        .endNames()
        .endSpec()
        .build();
  }
}
