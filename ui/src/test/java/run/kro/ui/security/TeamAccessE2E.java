package run.kro.ui.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import run.kro.ui.testing.Browser;
import run.kro.ui.testing.ConsoleE2E;
import run.kro.ui.testing.ControllerProcess;
import run.kro.ui.testing.FixtureNames;
import run.kro.ui.testing.RealController;
import run.kro.ui.testing.ShopApi;

/**
 * Team access in a real browser, the console acting as each signed-in demo user against the real
 * API server's RBAC: a team-A developer creates an instance in team-a, sees team-b offered but
 * disabled with the reason, gets one clear page (not the server's refusal) when forcing their way
 * into team-b, is not offered a cluster-scoped API they may not create, and cannot publish
 * ResourceGroups.
 */
@RealController
class TeamAccessE2E extends ConsoleE2E {

  private static FixtureNames names;
  private static FixtureNames clusterScoped;

  @BeforeAll
  static void publishTheApi() {
    ControllerProcess.get();
    ShopApi shop = ShopApi.create(admin(), "teamshop").awaitServed(admin());
    names = shop.names();
    clusterScoped =
        ShopApi.create(admin(), "teamkit", "instance/e2e/cluster-scoped.yaml")
            .awaitServed(admin())
            .names();
    admin()
        .genericKubernetesResources(shop.instances())
        .inNamespace("team-b")
        .resource(
            new GenericKubernetesResourceBuilder()
                .withApiVersion("kro.run/v1alpha1")
                .withKind(names.kind())
                .withNewMetadata()
                .withName("bobs")
                .withNamespace("team-b")
                .endMetadata()
                .withAdditionalProperties(Map.of("spec", Map.of("title", "Bob's shop")))
                .build())
        .create();
  }

  @Test
  void aTeamADeveloperCreatesInTeamAAndSeesTeamBRefusedWithTheReason() {
    Page page = newPage("alice");
    page.navigate(baseUrl() + "/apis");
    assertThat(page.locator("[data-api='" + names.name() + "']"))
        .containsText("Create " + names.kind());
    assertThat(page.locator("vaadin-notification-card")).hasCount(0);
    page.navigate(baseUrl() + "/apis/" + names.name() + "/new");
    var namespace = page.locator("#namespace");
    assertThat(namespace).containsText("team-a");
    assertThat(namespace).containsText("you cannot create");
    assertThat(namespace).containsText("in namespace team-b");
    page.locator("#namespace").click();
    assertThat(
            page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("team-b")))
        .isDisabled();
    page.keyboard().press("Escape");
    Browser.screenshot(page, "team-a-create");

    page.locator("#instance-name input").fill("alices");
    page.locator("#instance-name input").press("Tab");
    page.locator("[id='field-spec.title'] input").fill("Alice's shop");
    page.locator("[id='field-spec.title'] input").press("Tab");
    page.locator("#preview").click();
    assertThat(page.getByRole(AriaRole.DIALOG)).containsText("Create this instance?");
    page.locator("#confirm-write").click();
    assertThat(page.locator("#status-graph [data-node='config']")).isVisible();
    Browser.screenshot(page, "team-a-created");
    assertThat(page.locator("#instance-heading")).containsText("team-a/alices");
  }

  @Test
  void forcingTheWayIntoAnotherTeamGivesOneClearPage() {
    Page page = newPage("alice");
    for (String address : new String[] {"/team-b/bobs", "/team-b/bobs/edit"}) {
      page.navigate(baseUrl() + "/apis/" + names.name() + address);
      assertThat(page.locator("#page-problem-title")).hasText("You have no access to team-b/bobs");
      assertThat(page.locator("#page-problem")).containsText("needs the right to get");
      assertThat(page.locator("#page-problem")).containsText("in namespace team-b");
      assertThat(page.locator("#page-problem")).containsText("belongs to team team-b");
      assertThat(page.locator("body")).not().containsText("forbidden");
      assertThat(page.locator("body")).not().containsText("has not reported any resource");
      assertThat(page.locator("vaadin-notification-card")).hasCount(0);
    }
    Browser.screenshot(page, "team-a-forced-into-team-b");

    page.navigate(baseUrl() + "/resourcegroups/new");
    assertThat(page.locator("#save")).isDisabled();
    page.navigate(baseUrl() + "/teams");
    assertThat(page.locator("#teams")).containsText("your team");
  }

  @Test
  void aClusterScopedApiIsNotOfferedToATeamDeveloper() {
    Page page = newPage("alice");
    page.navigate(baseUrl() + "/apis");
    var card = page.locator("[data-api='" + clusterScoped.name() + "']");
    assertThat(
            card.getByRole(
                AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Create " + clusterScoped.kind())))
        .isDisabled();
    assertThat(card)
        .containsText(clusterScoped.kind() + " is cluster-scoped, and you cannot create");
    Browser.screenshot(page, "team-a-cluster-scoped-api");
    page.navigate(baseUrl() + "/apis/" + clusterScoped.name() + "/new");
    assertThat(page.locator("#page-problem"))
        .containsText("You may not create " + clusterScoped.kind());
    assertThat(page.locator("#preview")).hasCount(0);
  }

  @Test
  void aNamespaceInTheYamlThatTheUserMayNotUseIsExplainedAsARightsProblem() {
    Page page = newPage("alice");
    page.navigate(baseUrl() + "/apis/" + names.name() + "/new");
    page.locator("#instance-name input").fill("elsewhere");
    page.locator("[id='field-spec.title'] input").fill("Elsewhere");
    page.locator("[id='field-spec.title'] input").press("Tab");
    page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("YAML")).click();
    var yaml = page.locator(".kro-yaml-editor");
    assertThat(yaml).hasAttribute("data-ready", "");
    yaml.evaluate(
        "el => el.__kroEditor.setValue(el.__kroEditor.getValue().replace('namespace: team-a', "
            + "'namespace: team-b'))");
    page.locator("#preview").click();
    assertThat(page.locator("vaadin-notification-card"))
        .containsText("metadata.namespace is team-b, where you may not create " + names.kind());
    assertThat(page.locator("vaadin-notification-card")).containsText("Use namespace team-a");
    assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
    Browser.screenshot(page, "team-a-yaml-namespace-refused");
  }

  @Test
  void teamsShowsABadgeOnlyForTheUsersOwnTeams() {
    Page page = newPage("pat");
    page.navigate(baseUrl() + "/teams");
    assertThat(page.locator("#teams")).containsText("team-a");
    assertThat(page.locator("#teams [theme~='badge']")).hasCount(0);
    Browser.screenshot(page, "teams-platform-engineer");
  }
}
