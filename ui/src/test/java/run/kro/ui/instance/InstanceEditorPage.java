package run.kro.ui.instance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Creating or editing an instance: namespace, name, the generated form or the YAML, the preview
 * dialog, and the question asked when leaving with changes that were not saved.
 */
final class InstanceEditorPage {

  private final Page page;

  InstanceEditorPage(Page page) {
    this.page = page;
    assertThat(page.locator("#preview")).isVisible();
  }

  Page page() {
    return page;
  }

  Locator nameField() {
    return page.locator("#instance-name");
  }

  Locator namespace() {
    return page.locator("#namespace");
  }

  /** Leaves through the side menu's entry {@code label}; the editor may ask first. */
  InstanceEditorPage leaveBy(String label) {
    page.locator("vaadin-side-nav-item")
        .filter(new Locator.FilterOptions().setHasText(label))
        .first()
        .click();
    return this;
  }

  /** The question asked before unsaved changes are discarded. */
  Locator unsavedChanges() {
    return page.getByRole(AriaRole.ALERTDIALOG)
        .or(page.getByRole(AriaRole.DIALOG))
        .filter(new Locator.FilterOptions().setHasText("Discard your changes?"));
  }

  void keepEditing() {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep editing")).click();
  }

  void discardAndLeave() {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Discard and leave"))
        .click();
  }

  InstanceEditorPage name(String name) {
    page.locator("#instance-name input").fill(name);
    return this;
  }

  /** The input of spec field {@code path} (e.g. {@code spec.title}). */
  Locator field(String path) {
    return page.locator("[id='field-" + path + "']");
  }

  InstanceEditorPage fill(String path, String value) {
    field(path).locator("input").fill(value);
    field(path).locator("input").press("Tab");
    return this;
  }

  InstanceEditorPage showYaml() {
    page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("YAML")).click();
    assertThat(yamlEditor()).hasAttribute("data-ready", "");
    return this;
  }

  InstanceEditorPage showForm() {
    page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Form")).click();
    return this;
  }

  Locator yamlEditor() {
    return page.locator(".kro-yaml-editor");
  }

  String yaml() {
    return (String) yamlEditor().evaluate("el => el.__kroEditor.getValue()");
  }

  InstanceEditorPage replaceYaml(String yaml) {
    yamlEditor().evaluate("(el, text) => el.__kroEditor.setValue(text)", yaml);
    return this;
  }

  InstanceEditorPage preview() {
    page.locator("#preview").click();
    return this;
  }

  Locator dialog() {
    return page.getByRole(AriaRole.DIALOG);
  }

  /**
   * What the server said of the objects of planned resource {@code id}, when it did not simply
   * accept them.
   */
  Locator childCheck(String id) {
    return plannedResource(id).locator(".kro-child-check");
  }

  Locator plannedResource(String id) {
    return page.locator("#instance-preview [data-resource='" + id + "']");
  }

  void confirm() {
    page.locator("#confirm-write").click();
  }
}
