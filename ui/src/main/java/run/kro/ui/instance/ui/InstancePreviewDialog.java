package run.kro.ui.instance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import java.util.function.Supplier;
import run.kro.ui.base.ui.Badges;
import run.kro.ui.base.ui.Notices;
import run.kro.ui.instance.ChildCheck;
import run.kro.ui.instance.InstancePreview;
import run.kro.ui.instance.PlannedObject;
import run.kro.ui.instance.PlannedResource;
import run.kro.ui.instance.WriteResult;

/**
 * The preview of a save: the API server's refusal in its own words, or the resources the controller
 * will create in apply order (rendered now, skipped by includeWhen, or known only once their
 * dependencies exist). Writing is offered only when the server's dry run accepted the instance.
 */
class InstancePreviewDialog extends Dialog {

  /** Hears a successful write: the result, the namespace and the name written. */
  interface Written {
    void accept(WriteResult result, String namespace, String name);
  }

  InstancePreviewDialog(InstancePreview preview, Supplier<WriteResult> write, Written onWritten) {
    boolean create = preview.mode().filter(m -> m == InstancePreview.Mode.CREATE).isPresent();
    setHeaderTitle(
        switch (preview.refusedBy()) {
          case NOBODY -> create ? "Create this instance?" : "Save these changes?";
          case SERVER -> "The API server refuses this instance";
          case SERVER_FOR_A_RESOURCE -> "The API server would refuse a resource of this instance";
          case CONSOLE -> "This instance cannot be saved";
        });
    setWidth("min(900px, 95vw)");
    Div body = new Div();
    body.setId("instance-preview");
    preview
        .refusal()
        .ifPresent(
            refusal -> {
              Paragraph text = new Paragraph(refusal);
              text.setId("refusal");
              body.add(
                  text,
                  new Paragraph("Nothing was written. Correct the values and preview again."));
            });
    if (!preview.resources().isEmpty()) {
      body.add(new H4("What the controller will do, in order"));
      preview.resources().forEach(resource -> body.add(row(resource)));
    }
    add(body);
    Button cancel = new Button("Back to editing", e -> close());
    Button confirm =
        new Button(
            create ? "Create" : "Save",
            e -> {
              WriteResult result = write.get();
              if (result.succeeded()) {
                close();
                var stored = preview.stored().orElseThrow();
                onWritten.accept(
                    result,
                    stored.path("metadata").path("namespace").asText(""),
                    stored.path("metadata").path("name").asText());
              } else {
                Notices.error(result.message());
              }
            });
    confirm.setId("confirm-write");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    confirm.setEnabled(preview.accepted());
    getFooter().add(cancel, confirm);
  }

  private static Details row(PlannedResource resource) {
    Span action =
        switch (resource.action()) {
          case APPLY -> Badges.success("create");
          case SKIPPED -> Badges.neutral("skipped");
          case PENDING -> Badges.neutral("later");
          case EXTERNAL -> Badges.neutral("read only");
          case FAILED -> Badges.error("error");
        };
    String objects =
        resource.objects().isEmpty()
            ? ""
            : " "
                + String.join(", ", resource.objects().stream().map(PlannedObject::name).toList());
    Span summary =
        new Span(
            action,
            new Span(
                " "
                    + resource.id()
                    + " · "
                    + resource.kind()
                    + objects
                    + (resource.message().isEmpty() ? "" : " — " + resource.message())));
    resource.objects().stream()
        .map(PlannedObject::check)
        .filter(c -> c.verdict() != ChildCheck.Verdict.ACCEPTED)
        .forEach(check -> summary.add(checkLine(check)));
    Div content = new Div();
    resource
        .objects()
        .forEach(
            object -> {
              Pre yaml = new Pre(object.yaml());
              yaml.addClassName("kro-pre");
              content.add(yaml);
            });
    Details details = new Details(summary, content);
    details.getElement().setAttribute("data-resource", resource.id());
    details.setEnabled(!resource.objects().isEmpty());
    return details;
  }

  /** The server's word on an object, under its row: refused (red), or why it was not asked. */
  private static Div checkLine(ChildCheck check) {
    boolean refused = check.verdict() == ChildCheck.Verdict.REFUSED;
    Div line =
        new Div(
            refused ? Badges.error("refused") : Badges.neutral("not checked"),
            new Span(" " + check.message()));
    line.addClassName("kro-child-check");
    line.getElement().setAttribute("data-check", refused ? "refused" : "unchecked");
    return line;
  }
}
