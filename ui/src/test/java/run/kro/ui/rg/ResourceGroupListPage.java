package run.kro.ui.rg;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import run.kro.ui.testing.Browser;

/** The list of ResourceGroups: search, the rows shown and their cells, opening one. */
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
    return awaitRows(expectedRows);
  }

  /**
   * Waits until the grid holds {@code expectedRows} rows and has drawn them: a click on a row the
   * grid is still redrawing after a search would be lost.
   */
  ResourceGroupListPage awaitRows(int expectedRows) {
    page.waitForFunction(
        "([grid, n]) => grid.size === n && !grid.hasAttribute('loading')"
            + " && grid.querySelectorAll('vaadin-grid-cell-content').length > 0",
        List.of(page.locator("#resourcegroups").elementHandle(), expectedRows),
        new Page.WaitForFunctionOptions().setTimeout(Browser.TIMEOUT_MILLIS));
    return this;
  }

  /** The visible cells containing {@code text}. */
  Locator cells(String text) {
    return page.locator("#resourcegroups vaadin-grid-cell-content")
        .filter(new Locator.FilterOptions().setHasText(text).setVisible(true));
  }

  /** Columns of the list, in their order. */
  enum Column {
    NAME,
    KIND,
    API_VERSION,
    STATE,
    READY,
    INSTANCES,
    AGE,
    SOURCE
  }

  /**
   * The text of {@code column} in the drawn row whose name is {@code name}; null when that row is
   * not drawn.
   */
  String cell(String name, Column column) {
    return (String)
        page.locator("#resourcegroups")
            .evaluate(
                "(grid, [name, index]) => {"
                    + " for (const row of grid.shadowRoot.querySelectorAll('tbody tr')) {"
                    + "   if (row.hidden) continue;"
                    + "   const cells = [...row.querySelectorAll('td slot')].map(s => s.assignedNodes()[0]);"
                    + "   if (cells[0] && cells[0].textContent.trim() === name) return cells[index].textContent.trim();"
                    + " }"
                    + " return null; }",
                List.of(name, column.ordinal()));
  }

  /** Opens it in the editor; wait for its row first (see {@link #awaitRows}). */
  void open(String name) {
    cells(name).first().click();
  }
}
