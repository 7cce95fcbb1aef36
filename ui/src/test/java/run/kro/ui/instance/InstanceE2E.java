package run.kro.ui.instance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import run.kro.ui.testing.Browser;
import run.kro.ui.testing.ConsoleE2E;
import run.kro.ui.testing.ControllerProcess;
import run.kro.ui.testing.FixtureNames;
import run.kro.ui.testing.RealController;
import run.kro.ui.testing.ShopApi;

/**
 * Developers in a real browser, with the real controller (its jar, as a separate process) on the
 * real API server: create an instance from the generated form (checked in the browser, previewed
 * with the server's dry run), watch its status graph change live as the controller and the cluster
 * move, edit it as YAML, see the server's refusal, and delete it.
 */
@RealController
class InstanceE2E extends ConsoleE2E {

  private static final Duration LIVE = Duration.ofSeconds(30);

  private FixtureNames names;
  private ResourceDefinitionContext api;

  @BeforeEach
  void publishTheApi() {
    ControllerProcess.get();
    ShopApi shop = ShopApi.create(admin(), "shop").awaitServed(admin());
    names = shop.names();
    api = shop.instances();
  }

  @Test
  void createsAnInstanceFromTheFormAndWatchesItBecomeReady() {
    Page page = newPage();
    ApiCatalogPage catalog = new ApiCatalogPage(page, baseUrl());
    assertThat(catalog.card(names.name()))
        .containsText("A shop front for the console's browser tests");
    assertThat(catalog.actionTopsByRow()).allSatisfy((row, tops) -> assertThat(tops).hasSize(1));
    InstanceEditorPage editor = catalog.create(names.name(), names.kind()).name("front");
    assertThat(editor.field("spec.replicas").locator("input")).hasValue("1");
    editor.fill("spec.title", "ab");
    assertThat(editor.field("spec.title")).containsText("at least 3 characters");
    editor.preview();
    assertThat(page.locator("vaadin-notification-card")).containsText("Fix 1 field first");

    editor.fill("spec.title", "Shop front").preview();
    assertThat(editor.dialog()).containsText("Create this instance?");
    assertThat(editor.plannedResource("config")).containsText("create");
    assertThat(editor.plannedResource("config")).containsText("front-config");
    assertThat(editor.plannedResource("extra")).containsText("skipped");
    Browser.screenshot(page, "instance-create-preview");
    editor.confirm();

    InstancePage instance = new InstancePage(page);
    assertThat(instance.node("config")).hasClass(Pattern.compile("tone-waiting"), timeout());
    assertThat(instance.node("config")).containsText("readyWhen");
    assertThat(instance.node("extra")).hasClass(Pattern.compile("tone-skipped.*dashed"));
    Browser.screenshot(page, "instance-waiting");

    // What a person or another controller would do; the page must follow without a reload.
    admin()
        .configMaps()
        .inNamespace("default")
        .withName("front-config")
        .edit(
            cm -> {
              cm.getMetadata().setAnnotations(Map.of("e2e.kro.run/ready", "yes"));
              return cm;
            });
    assertThat(instance.node("config")).hasClass(Pattern.compile("tone-ready"), timeout());
    assertThat(instance.node("summary")).hasClass(Pattern.compile("tone-ready"), timeout());
    assertThat(instance.badges())
        .containsText(
            "ACTIVE", new LocatorAssertions.ContainsTextOptions().setTimeout(LIVE.toMillis()));
    instance.choose("summary");
    assertThat(instance.nodeDetails()).containsText("config: front-config");
    Browser.screenshot(page, "instance-ready");
    instance.openTab("Conditions");
    assertThat(page.locator("#conditions")).containsText("Ready");
  }

  @Test
  void editsAsYamlKeepsTheFormInStepAndShowsTheServersRefusal() {
    createInstance("edited", 1);
    Page page = newPage();
    page.navigate(baseUrl() + "/apis/" + names.name() + "/default/edited");
    new InstancePage(page).openTab("YAML");
    assertThat(page.locator("#instance-yaml")).containsText("title: Edited shop");
    assertThat(page.locator("#instance-yaml")).not().containsText("managedFields");
    page.navigate(baseUrl() + "/apis/" + names.name() + "/default/edited/edit");
    InstanceEditorPage editor = new InstanceEditorPage(page);
    assertThat(editor.field("spec.title").locator("input")).hasValue("Edited shop");

    editor.showYaml();
    assertThat(editor.yaml()).contains("title: Edited shop");
    editor.replaceYaml(editor.yaml().replace("replicas: 1", "replicas: 9")).preview();
    assertThat(editor.dialog()).containsText("The API server refuses this instance");
    assertThat(page.locator("#refusal")).containsText("less than or equal to 5");
    Browser.screenshot(page, "instance-refused");
    page.getByText("Back to editing").click();

    editor.replaceYaml(
        editor.yaml().replace("replicas: 9", "replicas: 3").replace("tier: dev", "tier: prod"));
    editor.showForm();
    assertThat(editor.field("spec.replicas").locator("input")).hasValue("3");
    assertThat(editor.field("spec.tier")).containsText("prod");
    editor.preview();
    assertThat(editor.dialog()).containsText("Save these changes?");
    editor.confirm();

    new InstancePage(page);
    Awaitility.await()
        .atMost(LIVE)
        .untilAsserted(
            () -> {
              ConfigMap config =
                  admin().configMaps().inNamespace("default").withName("edited-config").get();
              assertThat(config.getData())
                  .containsEntry("replicas", "3")
                  .containsEntry("tier", "prod");
            });
  }

  @Test
  void malformedInstancesAreRefusedWithTheServersMessageAndNothingIsWritten() {
    Page page = newPage();
    page.navigate(baseUrl() + "/apis/" + names.name() + "/new");
    InstanceEditorPage editor = new InstanceEditorPage(page).name("malformed");
    // The form checks first, and names the field both under the input and in the notice.
    editor.fill("spec.title", "Shop").fill("spec.replicas", "9");
    assertThat(editor.field("spec.replicas")).containsText("must be less than or equal to 5");
    editor.preview();
    assertThat(page.locator("vaadin-notification-card"))
        .containsText("Fix 1 field first: spec.replicas: must be less than or equal to 5");
    Browser.screenshot(page, "instance-malformed-form");

    // YAML goes to the server as it is: the preview shows the server's own validation message.
    editor.showYaml();
    editor.replaceYaml(malformed("replicas: 2\n  colour: red")).preview();
    assertThat(editor.dialog()).containsText("The API server refuses this instance");
    assertThat(page.locator("#refusal"))
        .containsText("strict decoding error: unknown field \"spec.colour\"");
    assertThat(page.locator("#confirm-write")).isDisabled();
    Browser.screenshot(page, "instance-malformed-unknown-field");
    page.getByText("Back to editing").click();

    editor.replaceYaml(malformed("replicas: nine")).preview();
    assertThat(page.locator("#refusal"))
        .containsText(
            names.kind()
                + ".kro.run \"malformed\" is invalid: "
                + "spec.replicas: Invalid value: \"string\": spec.replicas in body must be of type integer: \"string\"");
    assertThat(page.locator("#refusal")).not().containsText("HTTP");
    assertThat(page.locator("#confirm-write")).isDisabled();
    Browser.screenshot(page, "instance-malformed-wrong-type");
    page.getByText("Back to editing").click();

    editor.replaceYaml(malformed("replicas: 2\n  tier: test")).preview();
    assertThat(page.locator("#refusal"))
        .containsText(
            "spec.tier: Unsupported value: \"test\": supported values: \"dev\", \"prod\"");
    assertThat(
            admin()
                .genericKubernetesResources(api)
                .inNamespace("default")
                .withName("malformed")
                .get())
        .as("nothing written")
        .isNull();
  }

  @Test
  void leavingWithChangesThatWereNotSavedAsksFirst() {
    Page page = newPage();
    page.navigate(baseUrl() + "/apis/" + names.name() + "/new");
    InstanceEditorPage editor = new InstanceEditorPage(page);
    // Nothing typed: leaving asks nothing.
    editor.leaveBy("My instances");
    assertThat(page).hasURL(baseUrl() + "/instances");

    page.navigate(baseUrl() + "/apis/" + names.name() + "/new");
    editor = new InstanceEditorPage(page).name("unsaved").fill("spec.title", "Typed, not saved");
    editor.leaveBy("My instances");
    assertThat(editor.unsavedChanges()).containsText("Discard your changes?");
    Browser.screenshot(page, "instance-unsaved-changes");
    editor.keepEditing();
    assertThat(editor.field("spec.title").locator("input")).hasValue("Typed, not saved");
    assertThat(page).hasURL(Pattern.compile(".*/new$"));

    editor.leaveBy("APIs");
    editor.discardAndLeave();
    assertThat(page).hasURL(baseUrl() + "/apis");

    // Editing: a change asks too, also when leaving through Cancel.
    createInstance("guarded", 1);
    page.navigate(baseUrl() + "/apis/" + names.name() + "/default/guarded/edit");
    editor = new InstanceEditorPage(page).fill("spec.replicas", "2");
    page.getByText("Cancel").click();
    assertThat(editor.unsavedChanges()).isVisible();
  }

  @Test
  void anInvalidNameIsRefusedBeforeAnyRequest() {
    Page page = newPage();
    List<String> console = new CopyOnWriteArrayList<>();
    page.onConsoleMessage(message -> console.add(message.text()));
    page.navigate(baseUrl() + "/apis/" + names.name() + "/new");
    InstanceEditorPage editor = new InstanceEditorPage(page);
    // Labelled apart from any spec field called "name".
    assertThat(editor.nameField().locator("label")).hasText("Instance name");
    editor.name("Bad_Name").fill("spec.title", "Shop front");
    // The browser checks the pattern, which it can only do when the pattern compiles as its regular
    // expression.
    assertThat(
            (Boolean)
                editor
                    .nameField()
                    .locator("input")
                    .evaluate("input => input.validity.patternMismatch"))
        .as("the browser's own check of the name")
        .isTrue();
    editor.preview();
    assertThat(page.locator("vaadin-notification-card"))
        .containsText("Instance name: \"Bad_Name\" is not a valid name: use lower-case letters");
    assertThat(editor.dialog()).hasCount(0);
    assertThat(console).noneMatch(text -> text.contains("Invalid regular expression"));
    Browser.screenshot(page, "instance-invalid-name");
  }

  @Test
  void theNamespacePickerFollowsTheYaml() {
    Page page = newPage();
    page.navigate(baseUrl() + "/apis/" + names.name() + "/new");
    InstanceEditorPage editor =
        new InstanceEditorPage(page).name("moved").fill("spec.title", "Moved shop");
    assertThat(editor.namespace()).containsText("default");
    editor.showYaml();
    editor.replaceYaml(editor.yaml().replace("namespace: default", "namespace: team-a"));
    editor.showForm();
    assertThat(editor.namespace()).containsText("team-a");
    editor.preview();
    assertThat(editor.dialog()).containsText("Create this instance?");
    assertThat(editor.plannedResource("config")).containsText("moved-config");
  }

  @Test
  void aNoticeDoesNotFollowToTheNextPage() {
    Page page = newPage();
    page.navigate(baseUrl() + "/apis/" + names.name() + "/new");
    InstanceEditorPage editor = new InstanceEditorPage(page);
    editor.preview();
    var notice = page.locator("vaadin-notification-card");
    assertThat(notice).containsText("Fix 1 field first");
    editor.leaveBy("APIs");
    assertThat(page).hasURL(Pattern.compile(".*/apis$"));
    // Well within the 10 s an error notice stays open: gone because the page changed, not because
    // it timed out.
    assertThat(notice).hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(5000));
  }

  /**
   * The instance "malformed" as YAML, with {@code fields} after its title (indented as spec
   * fields).
   */
  private String malformed(String fields) {
    return "apiVersion: kro.run/v1alpha1\nkind: "
        + names.kind()
        + "\nmetadata:\n  name: malformed\n"
        + "  namespace: default\nspec:\n  title: Shop\n  "
        + fields
        + "\n";
  }

  @Test
  void deletionIsFollowedUntilTheInstanceIsGone() {
    createInstance("doomed", 2);
    Awaitility.await()
        .atMost(LIVE)
        .until(
            () ->
                admin().configMaps().inNamespace("default").withName("doomed-summary").get() != null
                    || admin().configMaps().inNamespace("default").withName("doomed-config").get()
                        != null);
    Page page = newPage();
    page.navigate(baseUrl() + "/apis/" + names.name() + "/default/doomed");
    InstancePage instance = new InstancePage(page);
    instance.delete();
    // The notice keeps off the graph.
    var notice = page.locator("vaadin-notification-card");
    assertThat(notice).containsText("deletion of");
    var graph = page.locator("#status-graph").boundingBox();
    assertThat(notice.boundingBox().x)
        .as("the notice's left edge, right of the graph")
        .isGreaterThanOrEqualTo(graph.x + graph.width);
    assertThat(instance.badges())
        .containsText(
            "does not exist",
            new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                .setTimeout(LIVE.toMillis()));
    Browser.screenshot(page, "instance-deleted");
    assertThat(admin().configMaps().inNamespace("default").withName("doomed-config").get())
        .isNull();
  }

  private void createInstance(String name, int replicas) {
    GenericKubernetesResource instance =
        new GenericKubernetesResourceBuilder()
            .withApiVersion("kro.run/v1alpha1")
            .withKind(names.kind())
            .withNewMetadata()
            .withName(name)
            .withNamespace("default")
            .endMetadata()
            .withAdditionalProperties(
                Map.of("spec", Map.of("title", "Edited shop", "replicas", replicas)))
            .build();
    admin().genericKubernetesResources(api).inNamespace("default").resource(instance).create();
  }

  private static LocatorAssertions.HasClassOptions timeout() {
    return new LocatorAssertions.HasClassOptions().setTimeout(LIVE.toMillis());
  }
}
