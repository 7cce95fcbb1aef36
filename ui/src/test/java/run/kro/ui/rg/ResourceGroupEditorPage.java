package run.kro.ui.rg;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;

/**
 * The ResourceGroup editor as a user sees it: the code editor, the verdict, problems, graph,
 * preview tabs, save.
 */
public final class ResourceGroupEditorPage {

  private final Page page;

  ResourceGroupEditorPage(Page page, String url) {
    this(page);
    page.navigate(url);
    awaitReady();
  }

  /** The editor the page shows now, reached by navigating within the console. */
  public ResourceGroupEditorPage(Page page) {
    this.page = page;
  }

  public ResourceGroupEditorPage awaitReady() {
    assertThat(editor()).hasAttribute("data-ready", "");
    return this;
  }

  Locator heading() {
    return page.locator("#editor-toolbar h3");
  }

  Locator toolbar() {
    return page.locator("#editor-toolbar");
  }

  /** The side menu's entry {@code label}. */
  void sideMenu(String label) {
    page.locator("vaadin-side-nav-item")
        .filter(new Locator.FilterOptions().setHasText(label))
        .first()
        .click();
  }

  /** The question asked before unsaved changes are discarded. */
  Locator leaveDialog() {
    return page.getByRole(AriaRole.ALERTDIALOG)
        .filter(new Locator.FilterOptions().setHasText("You have not saved"));
  }

  void stay() {
    leaveDialog()
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Stay"))
        .click();
  }

  void discard() {
    leaveDialog()
        .getByRole(
            AriaRole.BUTTON,
            new Locator.GetByRoleOptions().setName(Pattern.compile("Discard|Leave and discard")))
        .click();
  }

  Locator deleteButton() {
    return page.locator("#delete");
  }

  Locator deleteDialog() {
    return page.getByRole(AriaRole.ALERTDIALOG)
        .filter(new Locator.FilterOptions().setHasText("Delete "));
  }

  void confirmDelete() {
    deleteDialog()
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete").setExact(true))
        .click();
  }

  /** The cells of the problems list that contain {@code text}. */
  Locator problem(String text) {
    return problemRows().filter(new Locator.FilterOptions().setHasText(text));
  }

  public Page page() {
    return page;
  }

  public Locator editor() {
    return page.locator(".kro-yaml-editor");
  }

  public Locator verdict() {
    return page.locator("#verdict");
  }

  Locator problemRows() {
    return page.locator("#problems vaadin-grid-cell-content");
  }

  Locator graphNode(String id) {
    return page.locator("#rg-graph [data-node='" + id + "']");
  }

  Locator highlightedEdges() {
    return page.locator("#rg-graph path.edge.highlighted");
  }

  /** Error squiggles Monaco draws under the places of the markers. */
  Locator squiggles() {
    return page.locator(".kro-yaml-editor .squiggly-error");
  }

  /**
   * Replaces the whole text, as a paste would: through Monaco's model, so the change reaches the
   * server as typing does.
   */
  public ResourceGroupEditorPage replaceText(String yaml) {
    editor().evaluate("(el, text) => el.__kroEditor.setValue(text)", yaml);
    return this;
  }

  /** Types at the end of line {@code line} with the keyboard. */
  ResourceGroupEditorPage typeAtEndOfLine(int line, String text) {
    editor()
        .evaluate(
            "(el, line) => { const e = el.__kroEditor; e.setPosition({lineNumber: line, "
                + "column: e.getModel().getLineMaxColumn(line)}); e.focus(); }",
            line);
    page.keyboard().type(text);
    return this;
  }

  int cursorLine() {
    return ((Number) editor().evaluate("el => el.__kroEditor.getPosition().lineNumber")).intValue();
  }

  public String text() {
    return (String) editor().evaluate("el => el.__kroEditor.getValue()");
  }

  ResourceGroupEditorPage pickTemplate(String name) {
    page.locator("#template").click();
    page.locator("vaadin-select-item")
        .filter(new Locator.FilterOptions().setHasText(name))
        .first()
        .click();
    return this;
  }

  ResourceGroupEditorPage openTab(String name) {
    page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name)).click();
    return this;
  }

  public Locator saveDialog() {
    return page.getByRole(AriaRole.DIALOG);
  }

  public ResourceGroupEditorPage reviewAndSave() {
    page.locator("#save").click();
    assertThat(saveDialog()).isVisible();
    return this;
  }

  public void confirmSave() {
    page.locator("#confirm-save").click();
  }
}
