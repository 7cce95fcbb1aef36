package run.kro.ui.rg;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import run.kro.ui.testing.Browser;
import run.kro.ui.testing.ConsoleE2E;
import run.kro.ui.testing.ControllerProcess;

/**
 * The local default as the run command gives it: the examples preloaded into a cluster whose
 * controllers run and whose nodes kwok simulates, with the examples' simulated providers. Every
 * example instance becomes ACTIVE and Ready; the banner says what is simulated; the application
 * stack's status graph is all green. Takes the screenshots docs/getting-started.md shows
 * (target/screenshots/local-*.png).
 */
class PreloadedExamplesE2E extends ConsoleE2E {

  private static final Duration PATIENCE = Duration.ofMinutes(3);
  private static final List<String> APP_STACK_NODES =
      List.of(
          "bucket",
          "policy",
          "role",
          "serviceAccount",
          "deployment",
          "service",
          "ingress",
          "serviceMonitor");

  @Test
  void everyExampleInstanceBecomesActiveAndReadyAndTheAppStackIsAllGreen()
      throws InterruptedException {
    ControllerProcess.get();
    ExamplePreloader preloader = new ExamplePreloader(admin(), PATIENCE);

    assertThat(preloader.preload()).as("examples not preloaded").isEmpty();
    ExampleConvergence.Outcome outcome =
        new ExampleConvergence(admin(), Clock.systemUTC())
            .await(preloader.instances(), Instant.now().plus(PATIENCE));
    assertThat(outcome.notReady()).as("example instances not ACTIVE and Ready").isEmpty();

    Page page = newPage("pat");
    page.navigate(baseUrl() + "/apis");
    assertThat(page.locator("#cluster")).containsText("workloads run on simulated nodes (kwok)");
    assertThat(page.locator("#cluster")).containsText("simulated kinds: Bucket, Policy, Role");
    assertThat(page.getByText("AppStack").first()).isVisible();
    Browser.screenshot(page, "local-apis");

    page.navigate(baseUrl() + "/apis/app-stack");
    Locator rows = page.locator("vaadin-grid-cell-content");
    assertThat(rows.filter(new Locator.FilterOptions().setHasText("storefront"))).hasCount(1);
    assertThat(rows.filter(new Locator.FilterOptions().setHasText("ACTIVE"))).hasCount(2);
    Browser.screenshot(page, "local-app-stack-instances");

    page.setViewportSize(1400, 1100);
    page.navigate(baseUrl() + "/apis/app-stack/team-a/storefront");
    for (String node : APP_STACK_NODES) {
      assertThat(page.locator("#status-graph [data-node='" + node + "']"))
          .hasClass(Pattern.compile("tone-ready"));
    }
    page.locator("#status-graph [data-node='deployment']").click();
    assertThat(page.locator("#node-details")).containsText("availableReplicas: 3");
    Browser.screenshot(page, "local-app-stack-ready");
  }
}
