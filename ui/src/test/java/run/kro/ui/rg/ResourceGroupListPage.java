package run.kro.ui.rg;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import org.awaitility.Awaitility;

/** The list of ResourceGroups: search, the rows shown, opening one. */
final class ResourceGroupListPage {

  private final Page page;

  ResourceGroupListPage(Page page, String baseUrl) {
    this.page = page;
    page.navigate(baseUrl + "/resourcegroups");
  }

  Page page() {
    return page;
  }

  /** Types into the search box and waits until the grid shows {@code expectedRows} rows. */
  ResourceGroupListPage search(String text, int expectedRows) {
    page.getByLabel("Search name or kind").fill(text);
    Awaitility.await().atMost(Duration.ofSeconds(10))
        .until(() -> ((Number) page.locator("#resourcegroups").evaluate("grid => grid.size")).intValue() == expectedRows);
    return this;
  }

  /** The visible cells containing {@code text}. */
  Locator cells(String text) {
    return page.locator("#resourcegroups vaadin-grid-cell-content")
        .filter(new Locator.FilterOptions().setHasText(text).setVisible(true));
  }

  void open(String name) {
    cells(name).first().click();
  }
}
