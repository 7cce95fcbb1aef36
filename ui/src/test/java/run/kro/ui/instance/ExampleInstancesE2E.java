package run.kro.ui.instance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import run.kro.ui.rg.PreloadedExamples;
import run.kro.ui.testing.Browser;
import run.kro.ui.testing.ConsoleE2E;
import run.kro.ui.testing.LocalDefault;
import run.kro.ui.testing.RealController;

/**
 * Instances of the preloaded examples, as the people of the local default work with them: alice of
 * team A creates a web app in her namespace, finds a name the API server would refuse in the
 * preview, and watches the app come up; pat edits one into a refusal, finds an app waiting for the
 * ConfigMap it reads, and sees every instance on one page. Takes the docs' screenshots of these
 * pages, with the examples' real names.
 */
@RealController
@LocalDefault
class ExampleInstancesE2E extends ConsoleE2E {

  @BeforeEach
  void examplesConverged() throws InterruptedException {
    PreloadedExamples.await(admin());
  }

  @Test
  void aTeamADeveloperCreatesAWebAppAfterThePreviewFoundANameTheServerRefuses() {
    Page page = newPage("alice");
    page.navigate(baseUrl() + "/apis/web-app/new");
    InstanceEditorPage editor = new InstanceEditorPage(page);
    assertThat(editor.namespace()).containsText("team-a");
    assertThat(editor.namespace()).containsText("you cannot create");
    editor.namespace().click();
    assertThat(
            page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("team-b")))
        .isDisabled();
    page.keyboard().press("Escape");
    Browser.docsScreenshot(page, "console/team-a-create");

    editor.name("blog").fill("spec.name", "Blog_Front").preview();
    assertThat(editor.dialog())
        .containsText("The API server would refuse a resource of this instance");
    assertThat(page.locator("#refusal")).containsText("Deployment team-a/Blog_Front");
    assertThat(editor.childCheck("deployment")).containsText("refused");
    assertThat(page.locator("#confirm-write")).isDisabled();
    Browser.docsScreenshot(page, "console/instance-preview-child-refused");
    page.getByText("Back to editing").click();

    editor.fill("spec.name", "blog").preview();
    assertThat(editor.dialog()).containsText("Create this instance?");
    assertThat(editor.plannedResource("deployment")).containsText("create");
    assertThat(editor.plannedResource("ingress")).containsText("skipped");
    Browser.docsScreenshot(page, "console/instance-create-preview");
    editor.confirm();

    InstancePage instance = new InstancePage(page);
    assertThat(instance.node("deployment")).hasClass(Pattern.compile("tone-ready"));
    assertThat(instance.badges()).containsText("ACTIVE");
    instance.choose("deployment");
    assertThat(instance.nodeDetails()).containsText("availableReplicas: 1");
    Browser.docsScreenshot(page, "console/instance-ready");
  }

  @Test
  void aValueUnderTheSchemasMinimumIsRefusedBeforeAnythingIsWritten() {
    Page page = newPage("pat");
    page.navigate(baseUrl() + "/apis/web-app/default/shop/edit");
    InstanceEditorPage editor = new InstanceEditorPage(page).showYaml();
    editor.replaceYaml(editor.yaml().replace("replicas: 2", "replicas: -1")).preview();
    assertThat(editor.dialog()).containsText("The API server refuses this instance");
    assertThat(page.locator("#refusal")).containsText("greater than or equal to 0");
    Browser.docsScreenshot(page, "console/instance-refused");
    page.getByText("Back to editing").click();
  }

  @Test
  void anAppWaitsForTheConfigMapItReads() {
    admin()
        .genericKubernetesResources(
            new ResourceDefinitionContext.Builder()
                .withGroup("kro.run")
                .withVersion("v1alpha1")
                .withKind("ConfiguredApp")
                .withPlural("configuredapps")
                .withNamespaced(true)
                .build())
        .inNamespace("team-a")
        .resource(billing())
        .create();
    Page page = newPage("pat");
    page.navigate(baseUrl() + "/apis/external-ref/team-a/billing");
    InstancePage instance = new InstancePage(page);
    assertThat(instance.node("settings")).hasClass(Pattern.compile("tone-waiting"));
    assertThat(instance.node("deployment")).not().hasClass(Pattern.compile("tone-ready"));
    instance.choose("settings");
    assertThat(instance.nodeDetails()).containsText("settings");
    Browser.docsScreenshot(page, "console/instance-waiting");
  }

  @Test
  void everyExampleInstanceIsOnOnePage() {
    MyInstancesPage mine = new MyInstancesPage(newPage("pat"), baseUrl());
    assertThat(mine.row("storefront")).not().hasCount(0);
    assertThat(mine.row("shop")).not().hasCount(0);
    Browser.docsScreenshot(mine.grid().page(), "console/my-instances");
  }

  private static GenericKubernetesResource billing() {
    return new GenericKubernetesResourceBuilder()
        .withApiVersion("kro.run/v1alpha1")
        .withKind("ConfiguredApp")
        .withNewMetadata()
        .withName("billing")
        .withNamespace("team-a")
        .endMetadata()
        .withAdditionalProperties(
            Map.of("spec", Map.of("name", "billing", "settingsConfigMap", "billing-settings")))
        .build();
  }
}
