package run.kro.ui.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import run.kro.ui.testing.Browser;
import run.kro.ui.testing.ConsoleE2E;
import run.kro.ui.testing.SignInPage;

/**
 * Sign-in through the embedded OIDC provider in a real browser: an anonymous visit lands on the
 * provider's sign-in page (which lists the demo users), a wrong password is refused, the signed-in
 * user and groups are shown, and signing out ends both sessions (the next visit asks to sign in
 * again).
 */
class SignInE2E extends ConsoleE2E {

  @Test
  void anAnonymousVisitIsSentToTheProvidersSignInPage() {
    Page page = anonymousPage();
    SignInPage signIn = SignInPage.open(page, baseUrl());
    assertThat(page).hasURL(Pattern.compile("^http://localhost:\\d+/login$"));
    assertThat(signIn.demoUsers()).containsText("platform engineer");
    assertThat(signIn.demoUsers()).containsText("team-a");
    Browser.screenshot(page, "sign-in");

    signIn.signIn("alice", "wrong");
    assertThat(page.getByRole(AriaRole.ALERT)).containsText("Wrong user name");
  }

  @Test
  void afterSigningInTheAddressIsThePageAskedForWithoutMarkers() {
    Page page = anonymousPage();
    page.navigate(baseUrl() + "/teams");
    SignInPage.current(page).signIn("alice", "alice");
    assertThat(page.locator("#teams")).isVisible();
    assertThat(page).hasURL(baseUrl() + "/teams");
  }

  @Test
  void showsWhoIsSignedInAndSignsOutOfBoth() {
    Page page = newPage("alice");
    assertThat(page.locator("#signed-in-user")).hasText("alice");
    assertThat(page.locator("#signed-in-user")).hasAttribute("title", "groups: team-a");

    page.locator("#sign-out").click();
    // Signing out goes through the provider's end-session endpoint and back to the console, which
    // asks for a
    // sign-in again; had the provider's session survived, the user would be let in without one.
    SignInPage.current(page);
    assertThat(page.locator("#signed-in-user")).hasCount(0);
  }
}
