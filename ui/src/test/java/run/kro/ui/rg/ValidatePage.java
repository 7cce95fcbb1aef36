package run.kro.ui.rg;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Page object of the validation page: pick an example, type YAML, read the verdict and problems. */
final class ValidatePage {

  private final Page page;

  ValidatePage(Page page, String baseUrl) {
    this.page = page;
    page.navigate(baseUrl + "/");
  }

  ValidatePage pickExample(String name) {
    page.getByLabel("Start from an example").click();
    page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(name)).click();
    return this;
  }

  ValidatePage type(String yaml) {
    page.getByLabel("ResourceGroup YAML").fill(yaml);
    return this;
  }

  Locator verdict() {
    return page.locator("#verdict");
  }

  Locator applyOrder() {
    return page.getByText("Apply order:");
  }

  Locator problemRows() {
    return page.locator("vaadin-grid-cell-content");
  }

  Page page() {
    return page;
  }
}
