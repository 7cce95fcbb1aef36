package run.kro.ui.rg.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import run.kro.ui.base.ui.DiffText;
import run.kro.ui.base.ui.Notices;
import run.kro.ui.rg.SaveMode;
import run.kro.ui.rg.SavePreview;
import run.kro.ui.rg.SaveResult;

/**
 * What saving would do, from the server's dry run: create or update, the diff against the stored
 * ResourceGroup, breaking changes to its API, or why the server refuses it. Saving is offered only
 * when the server accepted it.
 */
class SaveDialog extends Dialog {

  SaveDialog(SavePreview preview, Supplier<SaveResult> save, Consumer<SaveResult> onSaved) {
    setHeaderTitle(title(preview));
    setWidth("min(900px, 95vw)");
    getElement().setAttribute("aria-label", title(preview));
    Div body = new Div();
    body.setId("save-preview");
    if (!preview.valid()) {
      UnorderedList problems = new UnorderedList();
      preview.compileErrors().forEach(e -> problems.add(new ListItem(e.describe())));
      Div refusal =
          section(
              "Fix these problems first",
              "They are also listed under the editor. Nothing was sent to " + "the cluster.");
      refusal.add(problems);
      body.add(refusal);
    }
    preview.serverError().ifPresent(error -> body.add(section("The API server refuses it", error)));
    if (preview.breaking()) {
      UnorderedList changes = new UnorderedList();
      preview.breakingChanges().forEach(c -> changes.add(new ListItem(c.describe())));
      Div warning =
          section(
              "Breaking changes to the generated API",
              "Existing instances may no longer be valid. "
                  + "The controller refuses these unless the ResourceGroup has the annotation "
                  + "kro.run/allow-breaking-changes: \"true\".");
      warning.add(changes);
      warning.setId("breaking-changes");
      body.add(warning);
    }
    if (preview.acceptedByServer()) {
      body.add(
          preview.hasChanges()
              ? DiffText.of(preview.diff())
              : new Paragraph("No changes: the cluster already holds exactly this ResourceGroup."));
    }
    add(body);
    Button cancel = new Button("Cancel", e -> close());
    Button confirm =
        new Button(
            preview.mode().filter(m -> m == SaveMode.CREATE).isPresent() ? "Create" : "Save",
            e -> {
              SaveResult result = save.get();
              if (result.saved()) {
                close();
                onSaved.accept(result);
              } else {
                Notices.error(result.describe());
              }
            });
    confirm.setId("confirm-save");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    confirm.setEnabled(preview.acceptedByServer() && preview.hasChanges());
    getFooter().add(cancel, confirm);
  }

  private static String title(SavePreview preview) {
    if (!preview.acceptedByServer()) {
      return "Cannot save";
    }
    return preview
        .mode()
        .map(m -> m == SaveMode.CREATE ? "Create this ResourceGroup?" : "Save these changes?")
        .orElse("Save");
  }

  private static Div section(String heading, String text) {
    Div section = new Div(new H4(heading), new Paragraph(text));
    section.addClassName("kro-callout");
    return section;
  }
}
