package run.kro.ui.instance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** "My instances": every instance the user can see, with its filters and search. */
final class MyInstancesPage {

  private final Page page;

  MyInstancesPage(Page page, String baseUrl) {
    this.page = page;
    page.navigate(baseUrl + "/instances");
    assertThat(grid()).isVisible();
  }

  Locator grid() {
    return page.locator("#my-instances");
  }

  /**
   * The cells shown for instance {@code name}. Only visible ones: the grid keeps the cells of rows
   * it no longer needs, hidden, so an instance filtered out has hidden cells left.
   */
  Locator row(String name) {
    return grid()
        .locator("vaadin-grid-cell-content")
        .filter(new Locator.FilterOptions().setHasText(name).setVisible(true));
  }

  MyInstancesPage search(String text) {
    page.locator("#search-instances input").fill(text);
    return this;
  }

  MyInstancesPage filterApi(String kind) {
    page.locator("#filter-api").click();
    page.locator("vaadin-select-overlay[opened]")
        .getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(kind).setExact(true))
        .click();
    return this;
  }

  InstancePage open(String name) {
    row(name).first().click();
    return new InstancePage(page);
  }
}
