package run.kro.ui.instance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** An instance's status page: the live graph, badges, tabs and the delete action. */
final class InstancePage {

  private final Page page;

  InstancePage(Page page) {
    this.page = page;
    assertThat(page.locator("#status-graph")).isVisible();
  }

  Page page() {
    return page;
  }

  Locator node(String id) {
    return page.locator("#status-graph [data-node='" + id + "']");
  }

  Locator badges() {
    return page.locator("#instance-badges");
  }

  InstancePage choose(String nodeId) {
    node(nodeId).click();
    return this;
  }

  Locator nodeDetails() {
    return page.locator("#node-details");
  }

  InstancePage openTab(String name) {
    page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name)).click();
    return this;
  }

  void delete() {
    page.locator("#delete-instance").click();
    page.getByRole(AriaRole.ALERTDIALOG)
        .or(page.getByRole(AriaRole.DIALOG))
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete").setExact(true))
        .click();
  }
}
