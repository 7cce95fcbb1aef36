package run.kro.ui.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import run.kro.idp.IdentityProviderApplication;
import run.kro.testenv.KubeTestEnv;
import run.kro.ui.testing.Browser;
import run.kro.ui.testing.DemoAccess;
import run.kro.ui.testing.SignInPage;

/**
 * The production path: the console configured with an external OIDC provider ({@code
 * kro.console.oidc.issuer-uri}, client id and secret), found through its discovery document, with
 * the user name and groups read from the claims the settings name. A standalone Spring
 * Authorization Server plays the company's provider; the embedded one is off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExternalProviderE2E {

  private static ConfigurableApplicationContext provider;
  private static int providerPort;
  private static Browser browser;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void externalProvider(DynamicPropertyRegistry properties) throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      providerPort = socket.getLocalPort();
    }
    String issuer = "http://localhost:" + providerPort;
    provider =
        new SpringApplicationBuilder(IdentityProviderApplication.class)
            .run(
                "--server.port=" + providerPort,
                "--spring.config.name=company-idp",
                "--spring.main.banner-mode=off",
                "--spring.jmx.enabled=false",
                "--server.servlet.session.cookie.name=COMPANY_IDP",
                "--kro.idp.issuer=" + issuer,
                "--kro.idp.client-id=console-at-company",
                "--kro.idp.client-secret=s3cret",
                "--kro.idp.redirect-uris=http://127.0.0.1/login/oauth2/code/kro",
                "--kro.idp.post-logout-redirect-uris=http://127.0.0.1/");
    properties.add("kro.console.oidc.issuer-uri", () -> issuer);
    properties.add("kro.console.oidc.client-id", () -> "console-at-company");
    properties.add("kro.console.oidc.client-secret", () -> "s3cret");
    properties.add("kro.kubernetes.kubeconfig", () -> KubeTestEnv.get().kubeconfig().toString());
    properties.add("vaadin.devmode.devTools.enabled", () -> "false");
  }

  @BeforeAll
  static void launch() {
    browser = new Browser();
    DemoAccess.install(KubeTestEnv.get().adminClient());
  }

  @AfterAll
  static void close() {
    browser.close();
    provider.close();
  }

  @Test
  void signsInThroughTheConfiguredProvider() {
    Page page = browser.newPage();
    // A loopback IP: the provider accepts any port for it, as OAuth for native and local apps
    // prescribes.
    SignInPage.open(page, "http://127.0.0.1:" + port).signIn("bob", "bob");
    page.waitForURL("http://127.0.0.1:" + port + "/**");
    assertThat(page.locator("#signed-in-user")).hasText("bob");
    assertThat(page.locator("#signed-in-user")).hasAttribute("title", "groups: team-b");
    assertThat(page).hasURL(Pattern.compile("^http://127\\.0\\.0\\.1:\\d+/.*"));
    Browser.screenshot(page, "external-provider-signed-in");
  }
}
