package run.kro.ui.testing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The embedded provider's sign-in page, reached by opening the console without a session. */
public final class SignInPage {

  private final Page page;

  private SignInPage(Page page) {
    this.page = page;
    assertThat(page.locator("h1")).hasText("Sign in to KRO");
  }

  public static SignInPage open(Page page, String consoleUrl) {
    page.navigate(consoleUrl + "/");
    return new SignInPage(page);
  }

  public static SignInPage current(Page page) {
    return new SignInPage(page);
  }

  public Locator demoUsers() {
    return page.locator("table");
  }

  public void signIn(String user, String password) {
    page.locator("#username").fill(user);
    page.locator("#password").fill(password);
    page.locator("button[type=submit]").click();
  }

  public Page page() {
    return page;
  }
}
