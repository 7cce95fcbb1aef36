package run.kro.ui.instance.form;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import run.kro.ui.testing.Browser;

/** The generated form in a real browser: inputs found by label, defaults shown, problems shown on change. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "kro.kubernetes.in-memory=true")
class SchemaFormE2E {

  private static Browser browser;

  @LocalServerPort
  int port;

  @BeforeAll
  static void launch() {
    browser = new Browser();
  }

  @AfterAll
  static void close() {
    browser.close();
  }

  @Test
  void editsAndChecksInTheBrowser() {
    Page page = browser.newPage();
    page.navigate("http://localhost:" + port + "/test/schema-form");

    assertThat(page.getByLabel("replicas")).hasValue("2");
    page.getByLabel("name", new Page.GetByLabelOptions().setExact(true)).fill("Sh");
    page.getByLabel("name", new Page.GetByLabelOptions().setExact(true)).press("Tab");
    assertThat(page.locator("[id='field-spec.name']")).containsText("must be at least 3 characters long");

    page.locator("[id='add-spec.tags']").click();
    page.locator("[id='field-spec.tags[0]'] input").fill("blue");
    page.locator("[id='field-spec.tags[0]'] input").press("Tab");
    assertThat(page.locator("#value")).containsText("\"tags\":[\"blue\"]");

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check")).click();
    assertThat(page.locator("#problems")).containsText("spec.name: \"Sh\" does not match pattern ^[a-z]+$");
    Browser.screenshot(page, "schema-form");
  }
}
