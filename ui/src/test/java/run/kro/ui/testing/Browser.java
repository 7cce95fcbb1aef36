package run.kro.ui.testing;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, headless and offline: the driver must not download a browser, and Chromium
 * must not reach out to the network. One per test class; close it when done.
 */
public final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser browser;

  public Browser() {
    playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(CHROMIUM)
        .setHeadless(true)
        .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run", "--disable-sync")));
  }

  public Page newPage() {
    return browser.newPage(new com.microsoft.playwright.Browser.NewPageOptions().setViewportSize(1400, 900));
  }

  /** Saves a full-page screenshot under target/screenshots, for people to look at. */
  public static void screenshot(Page page, String name) {
    // Finished animations: dialogs and notifications as they settle, not half faded in.
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true)
        .setAnimations(com.microsoft.playwright.options.ScreenshotAnimations.DISABLED));
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
