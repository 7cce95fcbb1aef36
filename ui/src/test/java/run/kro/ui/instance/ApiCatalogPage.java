package run.kro.ui.instance;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

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

  InstanceEditorPage create(String resourceGroup, String kind) {
    card(resourceGroup).getByText("Create " + kind).click();
    return new InstanceEditorPage(page);
  }
}
