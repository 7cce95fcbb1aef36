package run.kro.ui.rg;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import run.kro.ui.rg.ResourceGroupListPage.Column;
import run.kro.ui.testing.Browser;
import run.kro.ui.testing.ConsoleE2E;
import run.kro.ui.testing.LocalDefault;
import run.kro.ui.testing.RealController;

/**
 * The local default as the run command gives it: the examples preloaded into a cluster whose
 * controllers run and whose nodes kwok simulates, with the examples' simulated providers. Every
 * example instance becomes ACTIVE and Ready; the banner says what is simulated; the application
 * stack's status graph is all green. Authoring is shown on the examples themselves, and nothing is
 * saved. Takes the screenshots the docs show, with the examples' real names.
 */
@RealController
@LocalDefault
class PreloadedExamplesE2E extends ConsoleE2E {

  private static final List<String> APP_STACK_NODES =
      List.of(
          "bucket",
          "policy",
          "role",
          "serviceAccount",
          "deployment",
          "service",
          "ingress",
          "serviceMonitor");

  @BeforeEach
  void examplesConverged() throws InterruptedException {
    PreloadedExamples.await(admin());
  }

  @Test
  void everyExampleInstanceIsActiveAndReadyAndTheAppStackIsAllGreen() {
    Page page = newPage("pat");
    page.navigate(baseUrl() + "/apis");
    assertThat(page.locator("#cluster")).containsText("workloads run on simulated nodes (kwok)");
    assertThat(page.locator("#cluster")).containsText("simulated kinds: Bucket, Policy, Role");
    assertThat(page.getByText("AppStack").first()).isVisible();
    Browser.docsScreenshot(page, "local/local-apis");

    page.navigate(baseUrl() + "/apis/app-stack");
    Locator rows = page.locator("vaadin-grid-cell-content");
    assertThat(rows.filter(new Locator.FilterOptions().setHasText("storefront"))).hasCount(1);
    assertThat(rows.filter(new Locator.FilterOptions().setHasText("ACTIVE"))).hasCount(2);
    Browser.docsScreenshot(page, "local/local-app-stack-instances");

    page.setViewportSize(1400, 1100);
    page.navigate(baseUrl() + "/apis/app-stack/team-a/storefront");
    for (String node : APP_STACK_NODES) {
      assertThat(page.locator("#status-graph [data-node='" + node + "']"))
          .hasClass(Pattern.compile("tone-ready"));
    }
    page.locator("#status-graph [data-node='deployment']").click();
    assertThat(page.locator("#node-details")).containsText("availableReplicas: 3");
    Browser.docsScreenshot(page, "local/local-app-stack-ready");
  }

  @Test
  void theListShowsEveryExampleActive() {
    ResourceGroupListPage list = new ResourceGroupListPage(newPage("pat"), baseUrl());
    for (String example : List.of("web-app", "app-stack", "database", "external-ref")) {
      Awaitility.await()
          .atMost(Duration.ofMillis((long) Browser.TIMEOUT_MILLIS))
          .until(() -> "Active".equals(list.cell(example, Column.STATE)));
    }
    Browser.docsScreenshot(list.page(), "console/rg-list");
  }

  @Test
  void aTypoAndACycleInTheWebAppAreShownWhereTheyAre() throws IOException {
    ResourceGroupEditorPage editor = webApp();
    editor.replaceText(example().replace("${schema.spec.image}", "${schema.spec.imag}"));
    assertThat(editor.problem("undefined field 'imag'")).hasCount(1);
    assertThat(editor.graphNode("deployment")).hasClass(Pattern.compile("tone-error"));
    Browser.docsScreenshot(editor.page(), "console/rg-editor-problem");

    // The Deployment's labels from the Service, whose selector reads the Deployment's labels.
    editor.replaceText(
        example()
            .replace(
                "            labels:\n              app: ${schema.spec.name}\n",
                "            labels:\n              app: ${service.metadata.name}\n"));
    assertThat(editor.problem("graph contains a cycle")).hasCount(1);
    assertThat(editor.highlightedEdges()).hasCount(2);
    Browser.docsScreenshot(editor.page(), "console/rg-editor-cycle");
  }

  @Test
  void aCopyOfTheWebAppUnderAnotherNameIsRefusedForItsKind() throws IOException {
    ResourceGroupEditorPage editor =
        new ResourceGroupEditorPage(newPage("pat"), baseUrl() + "/resourcegroups/new");
    editor.replaceText(example().replace("  name: web-app\n", "  name: web-app-v2\n"));
    assertThat(editor.problem("kind WebApp (kro.run) is already defined by ResourceGroup web-app"))
        .hasCount(1);
    Browser.docsScreenshot(editor.page(), "console/rg-editor-kind-conflict");
  }

  @Test
  void aBreakingChangeToTheWebAppIsShownBeforeAnythingIsSaved() throws IOException {
    ResourceGroupEditorPage editor = webApp();
    // The ingress path is no longer the instance's choice: a field that instances may have set
    // goes.
    editor.replaceText(
        example()
            .replace("        path: string | default=\"/\"\n", "")
            .replace("path: ${schema.spec.ingress.path}", "path: /"));
    assertThat(editor.verdict()).containsText("Valid: WebApp");
    editor.reviewAndSave();
    assertThat(editor.saveDialog()).containsText("Save these changes?");
    assertThat(editor.page().locator("#breaking-changes")).containsText("path");
    Browser.docsScreenshot(editor.page(), "console/rg-editor-save-breaking");
    editor.page().getByText("Cancel").click();
  }

  private ResourceGroupEditorPage webApp() {
    ResourceGroupEditorPage editor =
        new ResourceGroupEditorPage(
            newPage("pat"), baseUrl() + "/resourcegroups/ResourceGroup/web-app");
    assertThat(editor.verdict()).containsText("Valid: WebApp");
    return editor;
  }

  private static String example() throws IOException {
    return Files.readString(Path.of("..", "examples", "web-app", "web-app.yaml"));
  }
}
