package run.kro.ui.rg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;
import run.kro.ui.audit.AuditActors;
import run.kro.ui.audit.AuditTrail;
import run.kro.ui.testing.FixtureNames;

/** Listing the ResourceGroups of a real API server and reading one back as YAML to edit. */
@KubeTest
class ResourceGroupCatalogIT {

  private static KubernetesClient client;
  private static ResourceGroupFixtures fixtures;
  private static ValidationService validation;
  private static ResourceGroupSaver saver;
  private static ResourceGroupCatalog catalog;

  private FixtureNames names;

  @BeforeAll
  static void connect(KubernetesClient admin) {
    client = admin;
    fixtures = new ResourceGroupFixtures(admin);
    fixtures.installKroCrds();
    validation = new ValidationService(admin);
    saver =
        new ResourceGroupSaver(
            () -> admin, validation, new AuditTrail(() -> admin, AuditActors.ADMIN));
    catalog = new ResourceGroupCatalog(() -> admin);
  }

  @BeforeEach
  void freshNames() {
    names = ResourceGroupFixtures.freshNames("catalog");
  }

  @Test
  void listsANewResourceGroupWithItsKindAndNoInstances() {
    save(yaml("profile.yaml"));

    ResourceGroupSummary summary = summary(names.name(), ResourceGroupKind.RESOURCE_GROUP);

    assertThat(summary.instanceApiVersion()).isEqualTo("kro.run/v1alpha1");
    assertThat(summary.instanceKind()).isEqualTo(names.kind());
    assertThat(summary.instanceCount()).hasValue(0);
    assertThat(summary.state()).as("no controller runs here").isEmpty();
    assertThat(summary.ready()).isEqualTo(ReadyCondition.NOT_REPORTED);
    assertThat(summary.description()).isEmpty();
    assertThat(summary.age(Instant.now()).orElseThrow())
        .isBetween(Duration.ZERO, Duration.ofMinutes(5));
  }

  @Test
  void listsAResourceGraphDefinitionWithTheControllersStatusAndItsInstances() {
    String rgd =
        yaml("profile.yaml")
            .replace("kind: ResourceGroup", "kind: ResourceGraphDefinition")
            .replace(
                "metadata:\n", "metadata:\n  annotations: {kro.run/description: Team profiles}\n");
    save(rgd);
    GenericKubernetesResource stored =
        fixtures.stored(ResourceGroupKind.RESOURCE_GRAPH_DEFINITION, names.name()).orElseThrow();
    stored.setAdditionalProperty(
        "status",
        Map.of(
            "state",
            "Active",
            "conditions",
            List.of(
                Map.of(
                    "type",
                    "Ready",
                    "status",
                    "False",
                    "reason",
                    "Blocked",
                    "message",
                    "breaking change"))));
    client
        .genericKubernetesResources(
            ResourceGroupObjects.context(ResourceGroupKind.RESOURCE_GRAPH_DEFINITION))
        .resource(stored)
        .updateStatus();
    CustomResourceDefinition crd = validation.compile(rgd).compiled().orElseThrow().instanceCrd();
    fixtures.establish(crd);
    KubeTestEnv env = KubeTestEnv.get();
    for (String namespace : List.of(env.newNamespace("catalog"), env.newNamespace("catalog"))) {
      client
          .genericKubernetesResources(CustomResourceDefinitionContext.fromCrd(crd))
          .inNamespace(namespace)
          .resource(
              new GenericKubernetesResourceBuilder()
                  .withApiVersion("kro.run/v1alpha1")
                  .withKind(names.kind())
                  .withNewMetadata()
                  .withName("one")
                  .endMetadata()
                  .withAdditionalProperties(Map.of("spec", Map.of("displayName", "One")))
                  .build())
          .create();
    }

    ResourceGroupSummary summary =
        summary(names.name(), ResourceGroupKind.RESOURCE_GRAPH_DEFINITION);

    assertThat(summary.instanceCount()).hasValue(2);
    assertThat(summary.state()).contains("Active");
    assertThat(summary.ready())
        .isEqualTo(new ReadyCondition(ReadyCondition.Status.FALSE, "breaking change"));
    assertThat(summary.description()).contains("Team profiles");
  }

  @Test
  void yamlToEditHasNoServerFieldsAndSavesWithoutChanges() {
    save(yaml("profile.yaml"));

    String yaml = catalog.yaml("ResourceGroup", names.name()).orElseThrow();

    assertThat(yaml)
        .startsWith(
            "apiVersion: kro.run/v1alpha1\nkind: ResourceGroup\nmetadata:\n  name: " + names.name())
        .contains("displayName: string | required=true", "summary: \"${schema.spec.displayName}\"")
        .doesNotContain(
            "managedFields",
            "resourceVersion",
            "uid:",
            "generation",
            "creationTimestamp",
            "\nstatus:");
    SavePreview again = saver.preview(yaml);
    assertThat(again.mode()).contains(SaveMode.UPDATE);
    assertThat(again.hasChanges()).as(again.diff()).isFalse();
  }

  @Test
  void yamlOfAMissingResourceGroupIsEmptyAndAnUnknownKindIsRefused() {
    assertThat(catalog.yaml("ResourceGraphDefinition", names.name())).isEmpty();
    assertThatThrownBy(() -> catalog.yaml("Deployment", names.name()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"Deployment\"");
  }

  private ResourceGroupSummary summary(String name, ResourceGroupKind kind) {
    List<ResourceGroupSummary> matching =
        catalog.list().stream()
            .filter(s -> s.name().equals(name) && s.sourceKind() == kind)
            .toList();
    assertThat(matching).hasSize(1);
    return matching.get(0);
  }

  private String yaml(String file) {
    return ResourceGroupFixtures.yaml(file, names);
  }

  private static void save(String yaml) {
    SaveResult result = saver.save(yaml);
    assertThat(result.saved()).as(result.describe()).isTrue();
  }
}
