package run.kro.ui.testing;

import com.microsoft.playwright.Page;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import run.kro.testenv.KubeTestEnv;

/**
 * The base of browser tests of the console: the application on a random port, connected to the real
 * test API server, one Chromium per test class. Subclasses share one Spring context, so only the
 * first class pays its start.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "vaadin.devmode.devTools.enabled=false")
public abstract class ConsoleE2E {

  private static Browser browser;

  @LocalServerPort protected int port;

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry properties) {
    properties.add("kro.kubernetes.kubeconfig", () -> KubeTestEnv.get().kubeconfig().toString());
    // The test control plane is what the run command starts locally: the banner tells what runs
    // there.
    properties.add("kro.console.local-cluster", () -> KubeTestEnv.get().directory().toString());
  }

  @BeforeAll
  static void launch() {
    browser = new Browser();
    DemoAccess.install(admin());
  }

  @AfterAll
  static void close() {
    browser.close();
  }

  /** A fresh browser session signed in as the platform engineer of the embedded provider. */
  protected Page newPage() {
    return newPage("pat");
  }

  /**
   * A fresh browser session signed in through the embedded OIDC provider as {@code user} (password
   * = name).
   */
  protected Page newPage(String user) {
    Page page = browser.newPage();
    SignInPage signIn = SignInPage.open(page, baseUrl());
    signIn.signIn(user, user);
    page.waitForURL(baseUrl() + "/**");
    return page;
  }

  /** A fresh browser session that has not signed in. */
  protected Page anonymousPage() {
    return browser.newPage();
  }

  protected String baseUrl() {
    return "http://localhost:" + port;
  }

  protected static KubernetesClient admin() {
    return KubeTestEnv.get().adminClient();
  }
}
