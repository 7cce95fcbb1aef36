package run.kro.ui.rg;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.assertj.core.data.Offset;
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
 * The editor on the paths around authoring: New is always new, a template is a copy that overwrites
 * nothing, typed work is not lost on leaving, a kind another ResourceGroup defines is refused now,
 * every problem is listed, messages speak of the console, and the layout stays put at the sizes
 * people use.
 */
class ResourceGroupAuthoringE2E extends ConsoleE2E {

  private final ResourceGroupFixtures fixtures = new ResourceGroupFixtures(admin());

  @BeforeEach
  void kroCrds() {
    fixtures.installKroCrds();
  }

  private ResourceGroupEditorPage openEditor(String path) {
    return new ResourceGroupEditorPage(newPage(), baseUrl() + path);
  }

  private FixtureNames stored(String prefix) {
    FixtureNames names = ResourceGroupFixtures.freshNames(prefix);
    create(ResourceGroupFixtures.yaml("profile.yaml", names));
    return names;
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

  @Test
  void newFromAnOpenResourceGroupIsAnEmptyEditor() {
    FixtureNames names = stored("opened");
    ResourceGroupEditorPage editor = openEditor("/resourcegroups/ResourceGroup/" + names.name());
    assertThat(editor.verdict()).containsText("Valid: " + names.kind());

    editor.sideMenu("New ResourceGroup");

    assertThat(editor.heading()).hasText("New ResourceGroup");
    assertThat(editor.verdict()).hasText("Empty");
    assertThat(editor.verdict()).hasAttribute("theme", "badge contrast");
    assertThat(editor.problem("the file is empty")).hasCount(0);
    assertThat(editor.page()).hasURL(Pattern.compile(".*/resourcegroups/new$"));
    Awaitility.await().until(() -> editor.text().isEmpty());
  }

  @Test
  void aTemplateIsACopyUnderAFreeNameAndKind() {
    ensureInstalled("web-app");
    ResourceGroupEditorPage editor = openEditor("/resourcegroups/new").pickTemplate("web-app");

    assertThat(editor.verdict()).containsText("Valid: WebApp");
    String text = editor.text();
    String name = text.replaceAll("(?s).*?\n  name: (\\S+)\n.*", "$1");
    String kind = text.replaceAll("(?s).*?\n    kind: (\\S+)\n.*", "$1");
    assertThat(name).matches("web-app-\\d+");
    assertThat(kind)
        .matches("WebApp\\d+")
        .isEqualTo("WebApp" + name.substring("web-app-".length()));
    assertThat(fixtures.stored(ResourceGroupKind.RESOURCE_GROUP, name)).isEmpty();
    assertThat(text).as("the template's comments stay").contains("# A web application");

    editor.reviewAndSave();
    assertThat(editor.saveDialog()).containsText("Create this ResourceGroup?");
  }

  @Test
  void leavingWithUnsavedChangesAsksFirst() {
    ResourceGroupEditorPage editor = openEditor("/resourcegroups/new");
    editor.typeAtEndOfLine(1, "apiVersion: kro.run/v1alpha1");
    assertThat(editor.verdict()).not().hasText("Empty");

    editor.sideMenu("ResourceGroups");
    assertThat(editor.leaveDialog()).isVisible();
    Browser.screenshot(editor.page(), "rg-editor-leave");
    editor.stay();
    assertThat(editor.page()).hasURL(Pattern.compile(".*/resourcegroups/new$"));
    assertThat(editor.editor()).containsText("apiVersion: kro.run/v1alpha1");

    // Leaving the console (closing the tab, reloading, another address): the browser asks.
    assertThat(editor.page().evaluate("() => window.__kroUnsavedChanges")).isEqualTo(true);
    CompletableFuture<String> asked = new CompletableFuture<>();
    editor
        .page()
        .onDialog(
            dialog -> {
              asked.complete(dialog.type());
              dialog.accept();
            });
    editor.page().navigate("about:blank");
    assertThat(asked).isCompletedWithValue("beforeunload");
  }

  @Test
  void leavingAfterChoosingToDiscardGoesAndLoadedTextLeavesFreely() {
    FixtureNames names = stored("leave");
    ResourceGroupEditorPage editor = openEditor("/resourcegroups/ResourceGroup/" + names.name());
    assertThat(editor.verdict()).containsText("Valid: " + names.kind());
    editor.sideMenu("APIs");
    assertThat(editor.page()).hasURL(Pattern.compile(".*/apis$"));

    editor.page().navigate(baseUrl() + "/resourcegroups/ResourceGroup/" + names.name());
    editor.awaitReady().typeAtEndOfLine(13, "-${schema.spec.nmae}");
    assertThat(editor.verdict()).hasText("1 problem");
    editor.sideMenu("APIs");
    editor.discard();
    assertThat(editor.page()).hasURL(Pattern.compile(".*/apis$"));
  }

  @Test
  void aKindAnotherResourceGroupDefinesIsAProblemAtItsPlaceAndCannotBeCreated() {
    FixtureNames owner = stored("owner");
    fixtures.establish(
        new ResourceGroupCompiler(BuiltinKindSchemas.shared())
            .compile("owner", ResourceGroupFixtures.yaml("profile.yaml", owner))
            .compiled()
            .orElseThrow()
            .instanceCrd());
    FixtureNames other =
        new FixtureNames(ResourceGroupFixtures.freshNames("other").name(), owner.kind());

    ResourceGroupEditorPage editor =
        openEditor("/resourcegroups/new")
            .replaceText(ResourceGroupFixtures.yaml("profile.yaml", other));

    String conflict =
        "kind " + owner.kind() + " (kro.run) is already defined by ResourceGroup " + owner.name();
    assertThat(editor.problem(conflict)).hasCount(1);
    assertThat(editor.problem("9:11")).hasCount(1);
    assertThat(editor.verdict()).hasText("1 problem");
    Browser.screenshot(editor.page(), "rg-editor-kind-conflict");
    editor.reviewAndSave();
    assertThat(editor.saveDialog()).containsText("Cannot save");
    assertThat(editor.saveDialog()).containsText(conflict);
    assertThat(editor.page().locator("#confirm-save")).isDisabled();

    // The owner itself is fine.
    editor.page().keyboard().press("Escape");
    editor.replaceText(ResourceGroupFixtures.yaml("profile.yaml", owner));
    assertThat(editor.verdict()).containsText("Valid: " + owner.kind());
  }

  @Test
  void aTypoDoesNotHideACycle() {
    String cycleWithTypo =
        fixture("editor/cycle.yaml").replaceFirst("schema\\.spec\\.name", "schema.spec.nmae");
    ResourceGroupEditorPage editor = openEditor("/resourcegroups/new").replaceText(cycleWithTypo);

    assertThat(editor.problem("undefined field 'nmae'")).hasCount(1);
    assertThat(editor.problem("graph contains a cycle: first -> second -> first")).hasCount(1);
    assertThat(editor.verdict()).hasText("2 problems");
  }

  @Test
  void theGeneratedSchemaReadsAsInTheClusterAndAnUnknownKindIsExplainedForTheConsole() {
    ResourceGroupEditorPage editor =
        openEditor("/resourcegroups/new")
            .replaceText(
                """
        apiVersion: kro.run/v1alpha1
        kind: ResourceGroup
        metadata: {name: bounded}
        spec:
          schema:
            apiVersion: v1alpha1
            kind: Bounded
            spec: {replicas: integer | minimum=0 maximum=10}
        """);
    assertThat(editor.verdict()).hasText("Valid: Bounded (kro.run/v1alpha1)");
    editor.openTab("CRD schema");
    assertThat(editor.page().locator("#crd-schema")).containsText("minimum: 0\n");
    assertThat(editor.page().locator("#crd-schema")).not().containsText("0.0");

    editor.replaceText(
        """
        apiVersion: kro.run/v1alpha1
        kind: ResourceGroup
        metadata: {name: unknown}
        spec:
          schema: {apiVersion: v1alpha1, kind: Unknown, spec: {name: string}}
          resources:
          - id: widget
            template: {apiVersion: example.com/v1, kind: Widget, metadata: {name: x}}
        """);
    assertThat(editor.problem("install the CRD that defines it in the cluster")).hasCount(1);
    assertThat(editor.problemRows().filter(new Locator.FilterOptions().setHasText("--crds")))
        .hasCount(0);
  }

  @Test
  void theLayoutStaysPutAt1400x900And1280x720(@TempDir Path folder) throws IOException {
    for (int[] size : new int[][] {{1400, 900}, {1280, 720}}) {
      FixtureNames names = ResourceGroupFixtures.freshNames("layoutwithalongername");
      ResourceGroupEditorPage editor = openEditor("/resourcegroups/new");
      editor.page().setViewportSize(size[0], size[1]);
      BoundingBox empty = editor.editor().boundingBox();
      double toolbarHeight = editor.toolbar().boundingBox().height;

      editor.replaceText(ResourceGroupFixtures.yaml("profile.yaml", names));
      assertThat(editor.verdict()).containsText("Valid: " + names.kind());
      assertThat(editor.toolbar().boundingBox().height)
          .as("one row at %dx%d", size[0], size[1])
          .isCloseTo(toolbarHeight, Offset.offset(1.0));
      assertThat(editor.editor().boundingBox().y).isCloseTo(empty.y, Offset.offset(1.0));

      Path file = folder.resolve("import-" + size[0] + ".yaml");
      Files.writeString(
          file,
          ResourceGroupFixtures.yaml("profile.yaml", names)
              .replace("${schema.spec.displayName}", "${schema.spec.displayNmae}"));
      editor.page().locator("#import input[type=file]").setInputFiles(file);
      editor.discard();
      assertThat(editor.verdict()).hasText("1 problem");
      assertThat(editor.page().locator("#import vaadin-upload-file")).hasCount(0);
      assertThat(editor.editor().boundingBox().y).isCloseTo(empty.y, Offset.offset(1.0));

      editor.replaceText(
          fixture("editor/cycle.yaml")
              .replace("\"${schema.spec.name}\"", "\"${schema.spec.nmae}\"")
              .replace("id: first", "id: deployment")
              .replace("${first.", "${deployment."));
      assertThat(editor.problem("undefined field 'nmae'")).hasCount(1);
      Locator resourceCell = editor.problem("deployment").first();
      assertThat(resourceCell).hasText("deployment");
      assertThat((Boolean) resourceCell.evaluate("c => c.scrollWidth <= c.clientWidth"))
          .as("Resource not cut")
          .isTrue();
      Locator pathCell = editor.problem("metadata.name").first();
      assertThat((Boolean) pathCell.evaluate("c => c.scrollWidth <= c.clientWidth"))
          .as("Path not cut")
          .isTrue();
      assertThat(pathCell.boundingBox().height)
          .as("Path on one line")
          .isLessThan(resourceCell.boundingBox().height * 1.5);
      assertThat(
              (Boolean)
                  editor
                      .page()
                      .locator("#problems")
                      .evaluate("g => g.$.table.scrollWidth <= g.$.table.clientWidth"))
          .as("no column pushed out of the list")
          .isTrue();
      assertThat(
              editor.page().locator("#sign-out").boundingBox().x
                  + editor.page().locator("#sign-out").boundingBox().width)
          .as("the account stays in view")
          .isLessThanOrEqualTo(size[0]);
      Browser.screenshot(editor.page(), "rg-editor-layout-" + size[0] + "x" + size[1]);
      editor.page().close();
    }
  }

  /** The shipped example {@code name}, installed unless the cluster has it. */
  private void ensureInstalled(String name) {
    if (fixtures.stored(ResourceGroupKind.RESOURCE_GROUP, name).isEmpty()) {
      create(new ValidationService(admin()).examples().get(name));
    }
  }

  private static String fixture(String name) {
    try (var in = ResourceGroupAuthoringE2E.class.getResourceAsStream("/rg/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
