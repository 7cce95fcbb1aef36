package run.kro.ui.instance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.List;
import java.util.Optional;
import run.kro.ui.base.ui.MainLayout;
import run.kro.ui.base.ui.Notices;
import run.kro.ui.instance.InstanceApi;
import run.kro.ui.instance.InstanceApiException;
import run.kro.ui.instance.InstanceApis;
import run.kro.ui.instance.InstanceDocument;
import run.kro.ui.instance.InstancePreview;
import run.kro.ui.instance.InstanceSnapshot;
import run.kro.ui.instance.InstanceWatch;
import run.kro.ui.instance.InstanceWriter;
import run.kro.ui.instance.NamespaceChoices;
import run.kro.ui.instance.WriteResult;
import run.kro.ui.instance.form.FormMode;
import run.kro.ui.instance.form.FormProblem;

/**
 * Creating or editing an instance: namespace and name, the spec as a generated form or as YAML, then a preview (the
 * server's dry run and the resources the controller will create) before anything is written.
 */
@jakarta.annotation.security.PermitAll
@Route(value = "apis/:rg/new", layout = MainLayout.class)
@RouteAlias(value = "apis/:rg/:namespace/:name/edit", layout = MainLayout.class)
@PageTitle("Instance · KRO")
public class InstanceEditorView extends VerticalLayout implements BeforeEnterObserver {

  private final InstanceApis apis;
  private final InstanceWriter writer;
  private final InstanceWatch watch;
  private final NamespaceChoices namespaces;
  private final H2 heading = new H2();
  private final Select<String> namespace = new Select<>();
  private final TextField name = new TextField("Name");
  private String rg = "";
  private InstanceApi api;
  private SpecEditor spec;
  private FormMode mode = FormMode.CREATE;

  public InstanceEditorView(InstanceApis apis, InstanceWriter writer, InstanceWatch watch,
      NamespaceChoices namespaces) {
    this.apis = apis;
    this.writer = writer;
    this.watch = watch;
    this.namespaces = namespaces;
    namespace.setLabel("Namespace");
    namespace.setId("namespace");
    name.setId("instance-name");
    name.setRequiredIndicatorVisible(true);
    name.setPattern("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");
    name.setErrorMessage("lower-case letters, digits, '-' and '.', starting and ending with a letter or digit");
    name.addValueChangeListener(e -> {
      if (spec != null && e.isFromClient()) {
        spec.rename(e.getValue());
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
      JSONSchemaProps specSchema = apis.compile(api).instanceCrd().getSpec().getVersions().get(0).getSchema()
          .getOpenAPIV3Schema().getProperties().get("spec");
      InstanceDocument document;
      if (editedName.isPresent()) {
        mode = FormMode.EDIT;
        String ns = InstanceRoutes.namespaceOf(event.getRouteParameters().get(InstanceRoutes.NAMESPACE).orElse(""));
        InstanceSnapshot stored = watch.snapshot(rg, ns, editedName.get());
        document = InstanceDocument.of(stored.instance().orElseThrow(() -> new InstanceApiException(
            api.gvk().kind() + " " + ns + "/" + editedName.get() + " does not exist (any more)")));
        namespace.setItems(ns);
        namespace.setValue(ns);
        namespace.setReadOnly(true);
        name.setReadOnly(true);
        heading.setText("Edit " + api.gvk().kind() + " " + editedName.get());
      } else {
        offerNamespaces(namespaces.forCreating(api));
        document = InstanceDocument.blank(api, Optional.ofNullable(namespace.getValue()).orElse(""));
        heading.setText("Create " + api.gvk().kind());
      }
      namespace.setVisible(api.namespaced());
      name.setValue(document.name());
      spec = new SpecEditor(specSchema, mode, document, name::setValue);
      layout();
    } catch (InstanceApiException e) {
      removeAll();
      Paragraph problem = new Paragraph(e.getMessage());
      problem.setId("editor-problem");
      add(new H2(rg), problem);
    }
  }

  /**
   * Every namespace is listed; those where the user may not create the kind are disabled, and the helper text says
   * why, so that nobody has to find out by trying.
   */
  private void offerNamespaces(List<NamespaceChoices.NamespaceChoice> choices) {
    List<String> allowed = choices.stream().filter(c -> c.decision().allowed()).map(NamespaceChoices.NamespaceChoice::namespace)
        .toList();
    namespace.setItems(choices.stream().map(NamespaceChoices.NamespaceChoice::namespace).toList());
    namespace.setItemEnabledProvider(allowed::contains);
    namespace.setValue(allowed.contains("default") ? "default" : allowed.isEmpty() ? null : allowed.get(0));
    List<String> refused = choices.stream().filter(c -> !c.decision().allowed()).map(c -> c.decision().reason())
        .toList();
    namespace.setHelperText(refused.isEmpty() ? null : "Not offered: " + String.join("; ", refused));
    if (allowed.isEmpty() && api.namespaced()) {
      throw new InstanceApiException("You may not create " + api.gvk().kind() + " in any namespace: "
          + String.join("; ", refused) + ". Ask your platform team for access.");
    }
  }

  private void layout() {
    removeAll();
    Paragraph description = new Paragraph(api.description().orElse(api.describe()));
    description.addClassName("kro-secondary");
    Button cancel = new Button("Cancel", e -> getUI().ifPresent(ui -> ui.navigate(InstanceListView.class,
        InstanceRoutes.api(rg))));
    Button preview = new Button("Preview…", VaadinIcon.EYE.create(), e -> preview());
    preview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    preview.setId("preview");
    add(heading, description, new HorizontalLayout(namespace, name), spec, new HorizontalLayout(cancel, preview));
  }

  private void preview() {
    List<FormProblem> problems = spec.validate();
    if (!problems.isEmpty()) {
      Notices.error("Fix " + problems.size() + (problems.size() == 1 ? " field" : " fields") + " first: "
          + problems.get(0));
      return;
    }
    spec.withDocument(document -> {
      String ns = api.namespaced() ? Optional.ofNullable(namespace.getValue()).orElse("") : "";
      InstancePreview preview = writer.preview(rg, ns, document.object());
      new InstancePreviewDialog(preview, () -> write(ns, document), this::written).open();
    });
  }

  private WriteResult write(String ns, InstanceDocument document) {
    return mode == FormMode.CREATE ? writer.create(rg, ns, document.object()) : writer.update(rg, ns, document.object());
  }

  private void written(WriteResult result, String ns, String instanceName) {
    Notices.done(result.message());
    getUI().ifPresent(ui -> ui.navigate(InstanceView.class, InstanceRoutes.instance(rg, ns, instanceName)));
  }
}
