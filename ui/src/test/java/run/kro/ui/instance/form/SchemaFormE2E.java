package run.kro.ui.instance.form;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import run.kro.ui.testing.Browser;
import run.kro.ui.testing.ConsoleE2E;

/**
 * The generated form in a real browser: inputs found by label, defaults shown, problems shown on
 * change.
 */
class SchemaFormE2E extends ConsoleE2E {

  @Test
  void editsAndChecksInTheBrowser() {
    Page page = newPage();
    page.navigate(baseUrl() + "/test/schema-form");

    assertThat(page.getByLabel("replicas")).hasValue("2");
    page.getByLabel("name", new Page.GetByLabelOptions().setExact(true)).fill("Sh");
    page.getByLabel("name", new Page.GetByLabelOptions().setExact(true)).press("Tab");
    assertThat(page.locator("[id='field-spec.name']"))
        .containsText("must be at least 3 characters long");

    page.locator("[id='add-spec.tags']").click();
    page.locator("[id='field-spec.tags[0]'] input").fill("blue");
    page.locator("[id='field-spec.tags[0]'] input").press("Tab");
    assertThat(page.locator("#value")).containsText("\"tags\":[\"blue\"]");

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check")).click();
    assertThat(page.locator("#problems"))
        .containsText("spec.name: \"Sh\" does not match pattern ^[a-z]+$");
    Browser.screenshot(page, "schema-form");
  }
}
