package run.kro.ui.rg;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import run.kro.backend.engine.ResourceGroupCompiler;
import run.kro.backend.kinds.BuiltinKindSchemas;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.testenv.KubeTestEnv;
import run.kro.ui.rg.ResourceGroupListPage.Column;
import run.kro.ui.testing.Browser;
import run.kro.ui.testing.ConsoleE2E;
import run.kro.ui.testing.FixtureNames;

/**
 * The list of ResourceGroups follows the cluster, counts each ResourceGroup's own instances only,
 * and deletes a ResourceGroup after saying what depends on it; the APIs page shows a kind once,
 * from its owner.
 */
class ResourceGroupListE2E extends ConsoleE2E {

  private final ResourceGroupFixtures fixtures = new ResourceGroupFixtures(admin());

  @BeforeEach
  void kroCrds() {
    fixtures.installKroCrds();
  }

  @Test
  void theListFollowsTheClusterAndAgesTick() {
    FixtureNames names = ResourceGroupFixtures.freshNames("live");
    ResourceGroupListPage list =
        new ResourceGroupListPage(newPage(), baseUrl()).search(names.kind(), 0);

    create(ResourceGroupFixtures.yaml("profile.yaml", names));

    list.awaitRows(1);
    String age = list.cell(names.name(), Column.AGE);
    assertThat(age).matches("\\d+s");
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !age.equals(list.cell(names.name(), Column.AGE)));

    admin()
        .genericKubernetesResources(ResourceGroupObjects.context(ResourceGroupKind.RESOURCE_GROUP))
        .withName(names.name())
        .delete();
    list.awaitRows(0);
  }

  @Test
  void aResourceGroupRefusedForAnotherOnesKindCountsNoneOfItsInstancesAndTheApisShowTheOwnerOnly() {
    FixtureNames owner = ResourceGroupFixtures.freshNames("owner");
    create(ResourceGroupFixtures.yaml("profile.yaml", owner));
    FixtureNames refused =
        new FixtureNames(ResourceGroupFixtures.freshNames("refused").name(), owner.kind());
    create(ResourceGroupFixtures.yaml("profile.yaml", refused));
    createInstances(establishGeneratedCrd(owner), owner, 2);

    ResourceGroupListPage list =
        new ResourceGroupListPage(newPage(), baseUrl()).search(owner.kind(), 2);
    assertThat(list.cell(owner.name(), Column.INSTANCES)).isEqualTo("2");
    assertThat(list.cell(refused.name(), Column.INSTANCES)).isEqualTo("0");

    list.page().navigate(baseUrl() + "/apis");
    assertThat(list.page().locator("[data-api='" + owner.name() + "']")).hasCount(1);
    assertThat(list.page().locator("[data-api='" + refused.name() + "']")).hasCount(0);
  }

  @Test
  void deletingSaysHowManyInstancesExistAndAsksFirst() {
    FixtureNames names = ResourceGroupFixtures.freshNames("deleted");
    create(ResourceGroupFixtures.yaml("profile.yaml", names));
    createInstances(establishGeneratedCrd(names), names, 2);
    ResourceGroupEditorPage editor =
        new ResourceGroupEditorPage(
            newPage(), baseUrl() + "/resourcegroups/ResourceGroup/" + names.name());

    editor.deleteButton().click();
    assertThat(editor.deleteDialog())
        .containsText("It defines " + names.kind() + "; 2 instances exist.");
    Browser.screenshot(editor.page(), "rg-delete");
    editor.page().keyboard().press("Escape");
    assertThat(fixtures.stored(ResourceGroupKind.RESOURCE_GROUP, names.name())).isPresent();

    editor.deleteButton().click();
    editor.confirmDelete();
    assertThat(editor.page()).hasURL(Pattern.compile(".*/resourcegroups$"));
    assertThat(editor.page().locator("vaadin-notification-card"))
        .containsText(names.name() + " deleted");
    assertThat(fixtures.stored(ResourceGroupKind.RESOURCE_GROUP, names.name())).isEmpty();
  }

  @Test
  void aDeletionTheControllerHoldsIsExplained() {
    FixtureNames names = ResourceGroupFixtures.freshNames("held");
    create(
        ResourceGroupFixtures.yaml("profile.yaml", names)
            .replace("metadata:\n", "metadata:\n  finalizers: [kro.run/finalizer]\n"));
    var rgs =
        admin()
            .genericKubernetesResources(
                ResourceGroupObjects.context(ResourceGroupKind.RESOURCE_GROUP));
    GenericKubernetesResource stored = rgs.withName(names.name()).get();
    String blocked = "deletion waits until the 3 instance(s) of " + names.kind() + " are deleted";
    stored.setAdditionalProperty(
        "status",
        Map.of(
            "state",
            "Active",
            "conditions",
            List.of(
                Map.of(
                    "type",
                    "ControllerReady",
                    "status",
                    "False",
                    "reason",
                    "DeletionBlocked",
                    "message",
                    blocked))));
    rgs.resource(stored).updateStatus();
    try {
      ResourceGroupEditorPage editor =
          new ResourceGroupEditorPage(
              newPage(), baseUrl() + "/resourcegroups/ResourceGroup/" + names.name());
      editor.deleteButton().click();
      editor.confirmDelete();
      assertThat(editor.page().locator("vaadin-notification-card")).containsText(blocked);
      ResourceGroupListPage list =
          new ResourceGroupListPage(editor.page(), baseUrl()).search(names.kind(), 1);
      assertThat(list.cell(names.name(), Column.STATE)).isEqualTo("Deleting");
    } finally {
      rgs.withName(names.name())
          .edit(
              rg -> {
                rg.getMetadata().setFinalizers(List.of());
                return rg;
              });
    }
  }

  @Test
  void onlyThoseWhoMayDeleteAreOffered() {
    FixtureNames names = ResourceGroupFixtures.freshNames("kept");
    create(ResourceGroupFixtures.yaml("profile.yaml", names));
    ResourceGroupEditorPage editor =
        new ResourceGroupEditorPage(
            newPage("alice"), baseUrl() + "/resourcegroups/ResourceGroup/" + names.name());
    assertThat(editor.deleteButton()).isDisabled();
  }

  private static void create(String yaml) {
    admin()
        .resource(
            admin()
                .load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)))
                .items()
                .get(0))
        .create();
  }

  /**
   * The generated kind's CRD, served. Tests address the kind through it: the server's discovery may
   * not list a kind yet in the moment its CRD becomes Established.
   */
  private CustomResourceDefinition establishGeneratedCrd(FixtureNames names) {
    CustomResourceDefinition crd =
        new ResourceGroupCompiler(BuiltinKindSchemas.shared())
            .compile("fixture", ResourceGroupFixtures.yaml("profile.yaml", names))
            .compiled()
            .orElseThrow()
            .instanceCrd();
    fixtures.establish(crd);
    return crd;
  }

  private static void createInstances(CustomResourceDefinition crd, FixtureNames names, int count) {
    String namespace = KubeTestEnv.get().newNamespace("rg-list");
    for (int i = 0; i < count; i++) {
      admin()
          .genericKubernetesResources(CustomResourceDefinitionContext.fromCrd(crd))
          .inNamespace(namespace)
          .resource(
              new GenericKubernetesResourceBuilder()
                  .withApiVersion("kro.run/v1alpha1")
                  .withKind(names.kind())
                  .withNewMetadata()
                  .withName("one-" + i)
                  .endMetadata()
                  .withAdditionalProperties(Map.of("spec", Map.of("displayName", "One")))
                  .build())
          .create();
    }
  }
}
