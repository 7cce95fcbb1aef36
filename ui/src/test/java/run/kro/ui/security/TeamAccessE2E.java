package run.kro.ui.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import run.kro.ui.testing.Browser;
import run.kro.ui.testing.ConsoleE2E;
import run.kro.ui.testing.ControllerProcess;
import run.kro.ui.testing.FixtureNames;
import run.kro.ui.testing.ShopApi;

/**
 * Team access in a real browser, the console acting as each signed-in demo user against the real API server's RBAC:
 * a team-A developer creates an instance in team-a, sees team-b offered but disabled with the reason, gets a clear
 * message (not a stack trace) when forcing their way into team-b, and cannot publish ResourceGroups.
 */
class TeamAccessE2E extends ConsoleE2E {

  private static FixtureNames names;

  @BeforeAll
  static void publishTheApi() {
    ControllerProcess.get();
    ShopApi shop = ShopApi.create(admin(), "teamshop").awaitServed(admin());
    names = shop.names();
    admin().genericKubernetesResources(shop.instances()).inNamespace("team-b")
        .resource(new io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder()
            .withApiVersion("kro.run/v1alpha1").withKind(names.kind())
            .withNewMetadata().withName("bobs").withNamespace("team-b").endMetadata()
            .withAdditionalProperties(Map.of("spec", Map.of("title", "Bob's shop"))).build()).create();
  }

  @Test
  void aTeamADeveloperCreatesInTeamAAndSeesTeamBRefusedWithTheReason() {
    Page page = newPage("alice");
    page.navigate(baseUrl() + "/apis");
    assertThat(page.locator("[data-api='" + names.name() + "']")).containsText("Create " + names.kind());
    assertThat(page.locator("vaadin-notification-card")).hasCount(0);
    page.navigate(baseUrl() + "/apis/" + names.name() + "/new");
    var namespace = page.locator("#namespace");
    assertThat(namespace).containsText("team-a");
    assertThat(namespace).containsText("you cannot create");
    assertThat(namespace).containsText("in namespace team-b");
    page.locator("#namespace").click();
    assertThat(page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
        .setHasText("team-b"))).isDisabled();
    page.keyboard().press("Escape");
    Browser.screenshot(page, "team-a-create");

    page.locator("#instance-name input").fill("alices");
    page.locator("#instance-name input").press("Tab");
    page.locator("[id='field-spec.title'] input").fill("Alice's shop");
    page.locator("[id='field-spec.title'] input").press("Tab");
    page.locator("#preview").click();
    assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.DIALOG)).containsText("Create this instance?");
    page.locator("#confirm-write").click();
    assertThat(page.locator("#status-graph [data-node='config']")).isVisible();
    Browser.screenshot(page, "team-a-created");
    assertThat(page.locator("#instance-heading")).containsText("team-a/alices");
  }

  @Test
  void forcingTheWayIntoAnotherTeamGivesAClearMessage() {
    Page page = newPage("alice");
    page.navigate(baseUrl() + "/apis/" + names.name() + "/team-b/bobs/edit");
    assertThat(page.locator("#editor-problem")).containsText("forbidden");
    assertThat(page.locator("#editor-problem")).containsText("alice");
    assertThat(page.locator("body")).not().containsText("Exception");
    Browser.screenshot(page, "team-a-forced-into-team-b");

    page.navigate(baseUrl() + "/resourcegroups/new");
    assertThat(page.locator("#save")).isDisabled();
    page.navigate(baseUrl() + "/teams");
    assertThat(page.locator("#teams")).containsText("your team");
  }
}
