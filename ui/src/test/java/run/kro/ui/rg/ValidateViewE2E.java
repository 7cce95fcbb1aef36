package run.kro.ui.rg;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import run.kro.ui.testing.Browser;

/** The validation page in a real browser: an example compiles, a mistake is shown with its line and column. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ValidateViewE2E {

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
  void showsTheApplyOrderOfAValidExample() {
    ValidatePage page = new ValidatePage(browser.newPage(), "http://localhost:" + port).pickExample("web-app");
    assertThat(page.verdict()).hasText("Valid: WebApp (kro.run/v1alpha1)");
    assertThat(page.applyOrder()).hasText("Apply order: deployment → service → ingress");
    Browser.screenshot(page.page(), "validate-valid-example");
  }

  @Test
  void showsEachProblemWithItsPlace() {
    ValidatePage page = new ValidatePage(browser.newPage(), "http://localhost:" + port).type("""
        apiVersion: kro.run/v1alpha1
        kind: ResourceGroup
        metadata: {name: broken}
        spec:
          schema:
            apiVersion: v1alpha1
            kind: Broken
            spec: {name: string}
          resources:
          - id: config
            template:
              apiVersion: v1
              kind: ConfigMap
              metadata: {name: "${schema.spec.nmae}"}
        """);
    assertThat(page.verdict()).hasText("1 problem(s)");
    assertThat(page.problemRows().filter(new com.microsoft.playwright.Locator.FilterOptions()
        .setHasText("undefined field 'nmae'"))).hasCount(1);
    assertThat(page.problemRows().filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("14:38")))
        .hasCount(1);
    Browser.screenshot(page.page(), "validate-problem");
  }
}
