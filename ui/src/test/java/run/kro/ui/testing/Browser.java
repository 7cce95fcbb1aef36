package run.kro.ui.testing;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ScreenshotAnimations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, headless and offline: the driver must not download a
 * browser, and Chromium must not reach out to the network. One per test class; close it when done.
 *
 * <p>Every wait, of actions and of assertions, has one timeout: 30 s unless {@code
 * -Dkro.e2e.timeout-seconds} says otherwise. Playwright's own 5 s is too short for a first page
 * open on a busy 2-core machine; tests wait on the application's signals (an attribute, a text) and
 * never sleep, so a generous timeout costs nothing when all is well.
 */
public final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Path DOCS_IMAGES = Path.of("target", "docs-images");

  /** The one timeout of every browser wait, in milliseconds. */
  public static final double TIMEOUT_MILLIS =
      Duration.ofSeconds(Long.getLong("kro.e2e.timeout-seconds", 30)).toMillis();

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser browser;

  public Browser() {
    PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MILLIS);
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--no-first-run",
                            "--disable-sync")));
  }

  public Page newPage() {
    Page page =
        browser.newPage(
            new com.microsoft.playwright.Browser.NewPageOptions().setViewportSize(1400, 900));
    page.setDefaultTimeout(TIMEOUT_MILLIS);
    page.setDefaultNavigationTimeout(TIMEOUT_MILLIS);
    return page;
  }

  /** Saves a full-page screenshot under target/screenshots, for people to look at. */
  /**
   * A screenshot for the documentation, {@code target/docs-images/<name>.png}; {@code
   * scripts/docs-screenshots} copies these into {@code docs/images/}. Only the tours of the
   * preloaded examples take them, so the docs show the examples' real names, and {@code
   * RolloutE2E}, whose story needs the real controller and uses fixed, readable names.
   */
  public static void docsScreenshot(Page page, String name) {
    save(page, DOCS_IMAGES.resolve(name + ".png"));
  }

  public static void screenshot(Page page, String name) {
    save(page, SCREENSHOTS.resolve(name + ".png"));
  }

  private static void save(Page page, Path path) {
    // Finished animations: dialogs and notifications as they settle, not half faded in.
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(path)
            .setFullPage(true)
            .setAnimations(ScreenshotAnimations.DISABLED));
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
