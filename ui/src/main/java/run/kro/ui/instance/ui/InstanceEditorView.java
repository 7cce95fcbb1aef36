package run.kro.ui.instance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import run.kro.ui.base.ui.MainLayout;
import run.kro.ui.base.ui.Notices;
import run.kro.ui.instance.InstanceAccess;
import run.kro.ui.instance.InstanceApi;
import run.kro.ui.instance.InstanceApiException;
import run.kro.ui.instance.InstanceApis;
import run.kro.ui.instance.InstanceDocument;
import run.kro.ui.instance.InstanceName;
import run.kro.ui.instance.InstancePreview;
import run.kro.ui.instance.InstanceSnapshot;
import run.kro.ui.instance.InstanceWatch;
import run.kro.ui.instance.InstanceWriter;
import run.kro.ui.instance.NamespaceChoices;
import run.kro.ui.instance.WriteResult;
import run.kro.ui.instance.form.FormMode;
import run.kro.ui.instance.form.FormProblem;
import run.kro.ui.security.AccessReview;

/**
 * Creating or editing an instance: namespace and name, the spec as a generated form or as YAML,
 * then a preview (the server's dry run and the resources the controller will create) before
 * anything is written. Leaving with changes that were not written asks first.
 */
@PermitAll
@Route(value = "apis/:rg/new", layout = MainLayout.class)
@RouteAlias(value = "apis/:rg/:namespace/:name/edit", layout = MainLayout.class)
@PageTitle("Instance · KRO")
public class InstanceEditorView extends VerticalLayout
    implements BeforeEnterObserver, BeforeLeaveObserver {

  private final InstanceApis apis;
  private final InstanceWriter writer;
  private final InstanceWatch watch;
  private final NamespaceChoices namespaces;
  private final InstanceAccess access;
  private final H2 heading = new H2();
  private final NamespacePicker namespace;
  private final TextField name = new TextField("Instance name");
  private String rg = "";
  private InstanceApi api;
  private SpecEditor spec;
  private FormMode mode = FormMode.CREATE;

  /** Set once the instance is written: leaving then loses nothing. */
  private boolean written;

  public InstanceEditorView(
      InstanceApis apis,
      InstanceWriter writer,
      InstanceWatch watch,
      NamespaceChoices namespaces,
      InstanceAccess access) {
    this.apis = apis;
    this.writer = writer;
    this.watch = watch;
    this.namespaces = namespaces;
    this.access = access;
    this.namespace = new NamespacePicker(namespaces);
    name.setId("instance-name");
    name.setHelperText("metadata.name");
    name.setRequiredIndicatorVisible(true);
    name.setPattern(InstanceName.BROWSER_PATTERN);
    name.setErrorMessage(InstanceName.RULE);
    name.addValueChangeListener(
        e -> {
          if (spec != null && e.isFromClient()) {
            spec.rename(e.getValue());
          }
        });
    namespace.addValueChangeListener(
        e -> {
          if (spec != null && e.isFromClient() && e.getValue() != null) {
            spec.moveTo(e.getValue());
          }
        });
    setMaxWidth("1100px");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    rg = event.getRouteParameters().get(InstanceRoutes.RG).orElse("");
    Optional<String> editedName = event.getRouteParameters().get(InstanceRoutes.NAME);
    try {
      api = apis.resolve(rg);
      JSONSchemaProps specSchema =
          apis.compile(api)
              .instanceCrd()
              .getSpec()
              .getVersions()
              .get(0)
              .getSchema()
              .getOpenAPIV3Schema()
              .getProperties()
              .get("spec");
      InstanceDocument document;
      if (editedName.isPresent()) {
        mode = FormMode.EDIT;
        String ns =
            InstanceRoutes.namespaceOf(
                event.getRouteParameters().get(InstanceRoutes.NAMESPACE).orElse(""));
        Optional<InstanceAccess.Refusal> refusal = access.toRead(api, ns, editedName.get());
        if (refusal.isPresent()) {
          showProblem(refusal.get().title(), refusal.get().explanation());
          return;
        }
        InstanceSnapshot stored = watch.snapshot(rg, ns, editedName.get());
        document =
            InstanceDocument.of(
                stored
                    .instance()
                    .orElseThrow(
                        () ->
                            new InstanceApiException(
                                api.gvk().kind()
                                    + " "
                                    + ns
                                    + "/"
                                    + editedName.get()
                                    + " does not exist (any more)")));
        namespace.fixed(ns);
        name.setReadOnly(true);
        heading.setText("Edit " + api.gvk().kind() + " " + editedName.get());
      } else {
        if (api.namespaced()) {
          namespace.offer(api);
        } else {
          refuseClusterScopedCreate();
        }
        document = InstanceDocument.blank(api, namespace.chosen().orElse(""));
        heading.setText("Create " + api.gvk().kind());
      }
      namespace.setVisible(api.namespaced());
      name.setValue(document.name());
      spec = new SpecEditor(specSchema, mode, document, this::yamlLeft);
      layout();
    } catch (InstanceApiException e) {
      showProblem(heading.getText().isEmpty() ? rg : heading.getText(), List.of(e.getMessage()));
    }
  }

  /** Asks before a navigation would drop changes that were not written. */
  @Override
  public void beforeLeave(BeforeLeaveEvent event) {
    if (written || spec == null || !spec.changed()) {
      return;
    }
    new UnsavedChangesDialog(event.postpone()).open();
  }

  private void refuseClusterScopedCreate() {
    AccessReview.Decision decision = namespaces.mayCreate(api, "");
    if (!decision.allowed()) {
      throw new InstanceApiException(
          "You may not create "
              + api.gvk().kind()
              + ": it is cluster-scoped, and "
              + decision.reason()
              + ". Ask your platform team for access.");
    }
  }

  private void showProblem(String title, List<String> explanation) {
    removeAll();
    spec = null;
    add(new ProblemNotice(title, explanation));
  }

  private void layout() {
    removeAll();
    Paragraph description = new Paragraph(api.description().orElse(api.describe()));
    description.addClassName("kro-secondary");
    Button cancel =
        new Button(
            "Cancel",
            e ->
                getUI()
                    .ifPresent(ui -> ui.navigate(InstanceListView.class, InstanceRoutes.api(rg))));
    Button preview = new Button("Preview…", VaadinIcon.EYE.create(), e -> preview());
    preview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    preview.setId("preview");
    add(
        heading,
        description,
        new HorizontalLayout(namespace, name),
        spec,
        new HorizontalLayout(cancel, preview));
  }

  /** The user left the YAML: the name and the namespace follow what it says. */
  private void yamlLeft(InstanceDocument document) {
    name.setValue(document.name());
    followNamespace(document).ifPresent(Notices::error);
  }

  /**
   * Makes the namespace picker follow the namespace the YAML names, when the user may use it;
   * otherwise says why it cannot be used. A YAML without a namespace takes the picker's.
   */
  private Optional<String> followNamespace(InstanceDocument document) {
    if (!api.namespaced()
        || document.namespace().isEmpty()
        || document.namespace().equals(namespace.chosen().orElse(""))) {
      return Optional.empty();
    }
    String wanted = document.namespace();
    if (mode == FormMode.EDIT) {
      return Optional.of(
          "An instance cannot move to another namespace: "
              + document.name()
              + " is stored in "
              + namespace.chosen().orElse("")
              + ". Set metadata.namespace back to "
              + namespace.chosen().orElse("")
              + ", or create a new instance in "
              + wanted
              + ".");
    }
    return namespace.choose(api, wanted);
  }

  private void preview() {
    List<FormProblem> problems = spec.validate();
    if (!problems.isEmpty()) {
      Notices.error(
          "Fix "
              + problems.size()
              + (problems.size() == 1 ? " field" : " fields")
              + " first: "
              + problems.get(0));
      return;
    }
    spec.withDocument(
        edited -> {
          Optional<String> nameProblem = InstanceName.problem(edited.name());
          if (nameProblem.isPresent()) {
            name.setErrorMessage(nameProblem.get());
            name.setInvalid(true);
            Notices.error("Not previewed. Instance name: " + nameProblem.get());
            return;
          }
          Optional<String> namespaceProblem = followNamespace(edited);
          if (namespaceProblem.isPresent()) {
            Notices.error(namespaceProblem.get());
            return;
          }
          String ns = api.namespaced() ? namespace.chosen().orElse("") : "";
          InstanceDocument document = api.namespaced() ? edited.withNamespace(ns) : edited;
          InstancePreview preview = writer.preview(rg, ns, document.object());
          new InstancePreviewDialog(preview, () -> write(ns, document), this::written).open();
        });
  }

  private WriteResult write(String ns, InstanceDocument document) {
    return mode == FormMode.CREATE
        ? writer.create(rg, ns, document.object())
        : writer.update(rg, ns, document.object());
  }

  private void written(WriteResult result, String ns, String instanceName) {
    written = true;
    InstanceRoutes.openInstance(this, rg, ns, instanceName);
    // After moving on: a notice belongs to the page it is shown on.
    Notices.done(result.message());
  }
}
