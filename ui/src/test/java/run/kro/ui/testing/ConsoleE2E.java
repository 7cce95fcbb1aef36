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
 * The base of browser tests of the console: the application on a random port, connected to the real test API
 * server, one Chromium per test class. Subclasses share one Spring context, so only the first class pays its start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "vaadin.devmode.devTools.enabled=false")
public abstract class ConsoleE2E {

  private static Browser browser;

  @LocalServerPort
  protected int port;

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry properties) {
    properties.add("kro.kubernetes.kubeconfig", () -> KubeTestEnv.get().kubeconfig().toString());
  }

  @BeforeAll
  static void launch() {
    browser = new Browser();
  }

  @AfterAll
  static void close() {
    browser.close();
  }

  protected Page newPage() {
    return browser.newPage();
  }

  protected String baseUrl() {
    return "http://localhost:" + port;
  }

  protected static KubernetesClient admin() {
    return KubeTestEnv.get().adminClient();
  }
}
