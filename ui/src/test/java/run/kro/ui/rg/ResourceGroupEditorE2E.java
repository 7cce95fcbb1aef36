package run.kro.ui.rg;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.kro.backend.engine.ResourceGroupCompiler;
import run.kro.backend.kinds.BuiltinKindSchemas;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.ui.testing.Browser;
import run.kro.ui.testing.ConsoleE2E;
import run.kro.ui.testing.FixtureNames;

/**
 * Authoring in a real browser against the real API server: templates, live errors as squiggles and
 * problems that jump to their place, the live graph (a cycle in red), kinds installed in the
 * cluster, and saving after the dry run.
 */
class ResourceGroupEditorE2E extends ConsoleE2E {

  private static final String SMALL =
      """
      apiVersion: kro.run/v1alpha1
      kind: ResourceGroup
      metadata: {name: small}
      spec:
        schema: {apiVersion: v1alpha1, kind: Small, spec: {name: string}}
        resources:
        - id: config
          template:
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: "${schema.spec.name}"}
            data:
              greeting: hello""";

  private final ResourceGroupFixtures fixtures = new ResourceGroupFixtures(admin());

  @BeforeEach
  void kroCrds() {
    fixtures.installKroCrds();
  }

  private ResourceGroupEditorPage openEditor() {
    return new ResourceGroupEditorPage(newPage(), baseUrl() + "/resourcegroups/new");
  }

  @Test
  void aTemplateShowsItsGraphCrdSchemaAndSampleInstance() {
    ResourceGroupEditorPage editor = openEditor().pickTemplate("web-app");

    // A copy: WebApp, or WebApp2 and so on when the cluster has the example installed.
    assertThat(editor.verdict()).containsText("Valid: WebApp");
    assertThat(editor.graphNode("deployment")).containsText("Deployment");
    assertThat(editor.graphNode("service")).containsText("Service");
    assertThat(editor.graphNode("ingress")).containsText("includeWhen");
    assertThat(editor.graphNode("ingress")).hasClass(Pattern.compile("dashed"));
    assertThat(editor.page().locator("#rg-graph path.edge")).hasCount(2);
    Browser.screenshot(editor.page(), "rg-editor-template");

    editor.openTab("CRD schema");
    assertThat(editor.page().locator("#crd-schema")).containsText("replicas:");
    editor.openTab("Sample instance");
    assertThat(editor.page().locator("#sample-instance")).containsText("kind: WebApp");
  }

  @Test
  void aTypedMistakeIsUnderlinedAndListedAndChoosingItJumpsToIt() {
    ResourceGroupEditorPage editor = openEditor().replaceText(SMALL);
    assertThat(editor.verdict()).hasText("Valid: Small (kro.run/v1alpha1)");

    editor.typeAtEndOfLine(13, "-${schema.spec.nmae}");

    assertThat(editor.verdict()).hasText("1 problem");
    Locator problem =
        editor
            .problemRows()
            .filter(new Locator.FilterOptions().setHasText("undefined field 'nmae'"));
    assertThat(problem).hasCount(1);
    assertThat(editor.problemRows().filter(new Locator.FilterOptions().setHasText("13:")))
        .hasCount(1);
    assertThat(editor.squiggles().first()).isVisible();
    assertThat(editor.graphNode("config")).hasClass(Pattern.compile("tone-error"));
    Browser.screenshot(editor.page(), "rg-editor-problem");

    editor.typeAtEndOfLine(1, "");
    assertThat(editor.cursorLine()).isEqualTo(1);
    problem.click();
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> editor.cursorLine() == 13);
  }

  @Test
  void aCycleIsDrawnInRedAndReported() {
    ResourceGroupEditorPage editor = openEditor().replaceText(fixture("editor/cycle.yaml"));

    assertThat(editor.highlightedEdges()).hasCount(2);
    assertThat(editor.graphNode("third")).isVisible();
    assertThat(
            editor
                .problemRows()
                .filter(
                    new Locator.FilterOptions()
                        .setHasText("graph contains a cycle: first -> second -> first")))
        .hasCount(1);
    Browser.screenshot(editor.page(), "rg-editor-cycle");

    // Keyboard: a focused node chosen with Enter takes the cursor to the resource's declaration.
    editor.graphNode("third").focus();
    editor.page().keyboard().press("Enter");
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> editor.cursorLine() == 21);
  }

  @Test
  void exportsTheTextAndImportsAFile(@TempDir Path folder) throws IOException {
    ResourceGroupEditorPage editor = openEditor().replaceText(SMALL);
    assertThat(editor.verdict()).hasText("Valid: Small (kro.run/v1alpha1)");
    var download = editor.page().waitForDownload(() -> editor.page().locator("#export").click());
    assertThat(download.suggestedFilename()).isEqualTo("resourcegroup.yaml");
    Path exported = folder.resolve("exported.yaml");
    download.saveAs(exported);
    assertThat(Files.readString(exported)).isEqualTo(SMALL);

    Path imported = folder.resolve("cycle.yaml");
    Files.writeString(imported, fixture("editor/cycle.yaml"));
    editor.page().locator("#import input[type=file]").setInputFiles(imported);
    editor.discard(); // the typed text was never saved: importing over it asks first
    assertThat(editor.highlightedEdges()).hasCount(2);
    assertThat(editor.text()).isEqualTo(fixture("editor/cycle.yaml"));
  }

  @Test
  void typeChecksAgainstKindsInstalledInTheCluster() {
    var crds = admin().apiextensions().v1().customResourceDefinitions();
    var crd = crds.load(getClass().getResourceAsStream("/rg/gizmos-crd.yaml")).item();
    fixtures.establish(crd);
    String usingGizmo =
        """
        apiVersion: kro.run/v1alpha1
        kind: ResourceGroup
        metadata: {name: uses-gizmo}
        spec:
          schema: {apiVersion: v1alpha1, kind: GizmoUser, spec: {name: string}}
          resources:
          - id: gizmo
            template:
              apiVersion: e2e.kro.run/v1
              kind: Gizmo
              metadata: {name: "${schema.spec.name}"}
              spec: {size: "${schema.spec.name}"}
        """;
    ResourceGroupEditorPage editor = openEditor();
    assertThat(editor.page().locator("#cluster")).containsText("Local cluster https://127.0.0.1:");
    // Installed after the console started: its cluster schemas are re-read within a minute.
    Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .untilAsserted(
            () -> {
              editor.replaceText(usingGizmo + "# " + System.nanoTime() + "\n");
              assertThat(
                      editor
                          .problemRows()
                          .filter(new Locator.FilterOptions().setHasText("expected \"integer\"")))
                  .hasCount(1);
            });
  }

  @Test
  void savesAfterTheServersDryRunAndShowsChangesAndBreakingChanges() {
    FixtureNames names = ResourceGroupFixtures.freshNames("editor");
    ResourceGroupEditorPage editor =
        openEditor().replaceText(ResourceGroupFixtures.yaml("profile.yaml", names));
    assertThat(editor.verdict()).containsText("Valid: " + names.kind());

    editor.reviewAndSave();
    assertThat(editor.saveDialog()).containsText("Create this ResourceGroup?");
    assertThat(
            editor
                .page()
                .locator("#diff .kro-diff-add")
                .filter(new Locator.FilterOptions().setHasText("name: " + names.name())))
        .hasCount(1);
    Browser.screenshot(editor.page(), "rg-editor-save-create");
    editor.confirmSave();
    assertThat(editor.page().locator("vaadin-notification-card"))
        .hasText(
            "ResourceGroup " + names.name() + " created. The controller now generates its API.");
    assertThat(fixtures.stored(ResourceGroupKind.RESOURCE_GROUP, names.name())).isPresent();

    // The controller would now generate the API; play it, so that a breaking change has something
    // to break.
    fixtures.establish(
        new ResourceGroupCompiler(BuiltinKindSchemas.shared())
            .compile("profile.yaml", ResourceGroupFixtures.yaml("profile.yaml", names))
            .compiled()
            .orElseThrow()
            .instanceCrd());
    editor.replaceText(ResourceGroupFixtures.yaml("profile-breaking.yaml", names));
    assertThat(editor.verdict()).containsText("Valid: " + names.kind());
    editor.reviewAndSave();
    assertThat(editor.saveDialog()).containsText("Save these changes?");
    assertThat(editor.page().locator("#breaking-changes")).containsText("replicas");
    assertThat(editor.page().locator("#diff .kro-diff-remove").first()).isVisible();
    Browser.screenshot(editor.page(), "rg-editor-save-breaking");
    editor.confirmSave();
    assertThat(editor.page().locator("vaadin-notification-card").last())
        .hasText(
            "ResourceGroup "
                + names.name()
                + " saved. The controller now moves its API and instances to it.");
    assertThat(
            fixtures
                .stored(ResourceGroupKind.RESOURCE_GROUP, names.name())
                .orElseThrow()
                .getAdditionalProperties()
                .toString())
        .contains("replicas=string");
  }

  @Test
  void theListShowsStoredResourceGroupsAndOpensThem() {
    FixtureNames names = ResourceGroupFixtures.freshNames("listed");
    admin()
        .resource(
            admin()
                .load(
                    new ByteArrayInputStream(
                        ResourceGroupFixtures.yaml("profile.yaml", names)
                            .getBytes(StandardCharsets.UTF_8)))
                .items()
                .get(0))
        .create();
    ResourceGroupListPage list =
        new ResourceGroupListPage(newPage(), baseUrl()).search(names.kind(), 1);
    assertThat(list.cells(names.name())).hasCount(1);
    Browser.screenshot(list.page(), "rg-list");
    list.open(names.name());
    var page = list.page();
    assertThat(page.locator(".kro-yaml-editor")).hasAttribute("data-ready", "");
    assertThat(page.locator("h3")).hasText(names.name());
    assertThat(page.locator("#verdict")).containsText("Valid: " + names.kind());
  }

  private static String fixture(String name) {
    try (InputStream in = ResourceGroupEditorE2E.class.getResourceAsStream("/rg/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
