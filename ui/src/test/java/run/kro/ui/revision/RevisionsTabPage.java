package run.kro.ui.revision;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import run.kro.ui.testing.Browser;

/**
 * A ResourceGroup's Revisions tab as a user sees it: the rollout's sentences and buttons, the
 * history with Roll back, the diff and the instances.
 */
final class RevisionsTabPage {

  private final Page page;

  /** Opens the ResourceGroup {@code name} on its Revisions tab. */
  RevisionsTabPage(Page page, String baseUrl, String name) {
    this.page = page;
    page.navigate(baseUrl + "/resourcegroups/ResourceGroup/" + name + "?tab=revisions");
    assertThat(page.locator("#revisions-tab")).isVisible();
  }

  Page page() {
    return page;
  }

  Locator headline() {
    return page.locator("#rollout-headline");
  }

  Locator details() {
    return page.locator("#rollout-details");
  }

  Locator counts() {
    return page.locator("#revision-counts");
  }

  Locator history() {
    return page.locator("#revision-history");
  }

  Locator instances() {
    return page.locator("#revision-instances");
  }

  Locator diff() {
    return page.locator("#revision-diff");
  }

  Locator button(String id) {
    return page.locator("#" + id);
  }

  /** The Roll back (or forward) button of revision {@code revision} in the history. */
  Locator rollBackButton(long revision) {
    return page.locator(".roll-back[data-revision='" + revision + "']");
  }

  Locator rollBackDialog() {
    return page.getByRole(AriaRole.ALERTDIALOG)
        .filter(new Locator.FilterOptions().setHasText("back to revision"));
  }

  void confirmRollBack() {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Roll back").setExact(true))
        .click();
  }

  /** A row's button, by its accessible name, e.g. {@code Pin team-a/shop-1 to revision 2}. */
  Locator rowButton(String label) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(label).setExact(true));
  }

  /** Starts a staged rollout through its dialog. */
  void startStaged(String canary, String step, String soak) {
    button("start-staged").click();
    page.locator("#rollout-canary input").fill(canary);
    page.locator("#rollout-step input").fill(step);
    page.locator("#rollout-soak input").fill(soak);
    page.locator("#start-rollout").click();
  }

  /** Chooses the two revisions the diff compares. */
  void compare(long from, long to) {
    choose("diff-from", from);
    choose("diff-to", to);
  }

  private void choose(String select, long revision) {
    page.locator("#" + select).click();
    page.locator("vaadin-select-item")
        .filter(new Locator.FilterOptions().setHasText(Long.toString(revision)))
        .first()
        .click();
  }

  /**
   * A screenshot with the room the tab needs to show all of itself (it scrolls inside the page),
   * for the docs ({@code docs}) or for looking at a run.
   */
  void screenshot(String name, boolean docs) {
    page.setViewportSize(1400, 1400);
    if (docs) {
      Browser.docsScreenshot(page, "console/" + name);
    } else {
      Browser.screenshot(page, name);
    }
    page.setViewportSize(1400, 900);
  }

  Locator notice() {
    return page.locator("vaadin-notification-card").last();
  }
}
