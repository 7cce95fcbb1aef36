package run.kro.ui.instance;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The catalogue of APIs: one card per published API. */
final class ApiCatalogPage {

  private final Page page;

  ApiCatalogPage(Page page, String baseUrl) {
    this.page = page;
    page.navigate(baseUrl + "/apis");
  }

  Locator card(String resourceGroup) {
    return page.locator("[data-api='" + resourceGroup + "']");
  }

  /**
   * For each row of cards (cards whose tops are level), the distinct heights at which their actions
   * start: one each when the actions line up across the row.
   */
  Map<Double, Set<Double>> actionTopsByRow() {
    Map<Double, Set<Double>> rows = new TreeMap<>();
    Locator cards = page.locator(".kro-card");
    for (int i = 0; i < cards.count(); i++) {
      double top = Math.round(cards.nth(i).boundingBox().y);
      double actions = Math.round(cards.nth(i).locator(".kro-card-actions").boundingBox().y);
      rows.computeIfAbsent(top, t -> new TreeSet<>()).add(actions);
    }
    return rows;
  }

  InstanceEditorPage create(String resourceGroup, String kind) {
    card(resourceGroup)
        .locator("vaadin-button", new Locator.LocatorOptions().setHasText("Create " + kind))
        .click();
    return new InstanceEditorPage(page);
  }
}
