package run.kro.ui.instance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

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

  /** The row of instance {@code name}: its cells, as the grid renders them. */
  Locator row(String name) {
    return grid().locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(name));
  }

  MyInstancesPage search(String text) {
    page.locator("#search-instances input").fill(text);
    return this;
  }

  MyInstancesPage filterApi(String kind) {
    page.locator("#filter-api").click();
    page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(kind)).click();
    return this;
  }

  InstancePage open(String name) {
    row(name).first().click();
    return new InstancePage(page);
  }
}
