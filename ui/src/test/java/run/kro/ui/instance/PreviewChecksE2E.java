package run.kro.ui.instance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import run.kro.ui.testing.Browser;
import run.kro.ui.testing.ConsoleE2E;
import run.kro.ui.testing.ControllerProcess;
import run.kro.ui.testing.FixtureNames;
import run.kro.ui.testing.RealController;
import run.kro.ui.testing.ShopApi;

/**
 * The preview asks the API server about every object the controller would apply, as the signed-in
 * user: a team-A developer sees a Deployment with negative replicas refused in the server's words
 * before anything is written, and a ClusterRole they may not create reported as not checked, with
 * why.
 */
@RealController
class PreviewChecksE2E extends ConsoleE2E {

  private FixtureNames names;

  @BeforeEach
  void publishTheApi() {
    ControllerProcess.get();
    names =
        ShopApi.create(admin(), "workload", "instance/e2e/workload.yaml")
            .awaitServed(admin())
            .names();
  }

  @Test
  void eachObjectIsDryRunAsTheUser() {
    Page page = newPage("alice");
    page.navigate(baseUrl() + "/apis/" + names.name() + "/new");
    InstanceEditorPage editor =
        new InstanceEditorPage(page).name("web").fill("spec.replicas", "-1").preview();
    assertThat(editor.dialog())
        .containsText("The API server would refuse a resource of this instance");
    assertThat(page.locator("#refusal"))
        .containsText("resource deployment (Deployment team-a/web)");
    assertThat(page.locator("#refusal")).containsText("must be greater than or equal to 0");
    assertThat(editor.childCheck("deployment")).containsText("refused");
    assertThat(editor.childCheck("role")).containsText("not checked");
    assertThat(editor.childCheck("role"))
        .containsText("you may not create ClusterRole (cluster-scoped)");
    assertThat(page.locator("#confirm-write")).isDisabled();
    Browser.screenshot(page, "instance-preview-child-refused");
    page.getByText("Back to editing").click();

    editor.fill("spec.replicas", "2").preview();
    assertThat(editor.dialog()).containsText("Create this instance?");
    assertThat(editor.childCheck("deployment")).hasCount(0);
    assertThat(editor.childCheck("role")).containsText("not checked");
    assertThat(page.locator("#confirm-write")).isEnabled();
  }
}
