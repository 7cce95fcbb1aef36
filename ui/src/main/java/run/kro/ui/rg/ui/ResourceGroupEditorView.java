package run.kro.ui.rg.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import run.kro.ui.rg.ResourceGroupCatalog;
import run.kro.ui.rg.ResourceGroupSaver;
import run.kro.ui.rg.SaveResult;
import run.kro.ui.security.AccessReview;
import java.util.List;
import run.kro.backend.diagnostics.CompileError;
import run.kro.ui.base.ui.EditorMarker;
import run.kro.ui.base.ui.MainLayout;
import run.kro.ui.base.ui.ResponsiveSplit;
import run.kro.ui.base.ui.YamlEditor;
import run.kro.ui.graph.ui.GraphView;
import run.kro.ui.rg.DraftCheck;
import run.kro.ui.rg.ValidationService;

/**
 * Authoring a ResourceGroup: a YAML editor whose text is compiled as the author types, with errors underlined and
 * listed, and beside it the dependency graph, the generated CRD schema and a sample instance, all kept current.
 */
@jakarta.annotation.security.PermitAll
@Route(value = "resourcegroups/new", layout = MainLayout.class)
@RouteAlias(value = "resourcegroups/:kind/:name", layout = MainLayout.class)
@PageTitle("ResourceGroup editor · KRO")
public class ResourceGroupEditorView extends VerticalLayout implements BeforeEnterObserver {

  static final String TEMPLATE_PARAMETER = "template";
  private static final String KIND = "kind";
  private static final String NAME = "name";

  private final ValidationService validation;
  private final ResourceGroupCatalog catalog;
  private final ResourceGroupSaver saver;
  private final AccessReview access;
  private final Button save = new Button("Review and save…", VaadinIcon.UPLOAD_ALT.create());
  private final YamlEditor editor = new YamlEditor("ResourceGroup YAML");
  private final ProblemsGrid problems = new ProblemsGrid(this::reveal);
  private final GraphView graph = new GraphView("The graph appears here once the resources can be read.");
  private final Pre crdSchema = new Pre();
  private final Pre sampleInstance = new Pre();
  private final Span verdict = new Span();
  private final H3 heading = new H3("New ResourceGroup");

  public ResourceGroupEditorView(ValidationService validation, ResourceGroupCatalog catalog, ResourceGroupSaver saver,
      AccessReview access) {
    this.access = access;
    this.validation = validation;
    this.catalog = catalog;
    this.saver = saver;
    setSizeFull();
    verdict.setId("verdict");
    editor.setSizeFull();
    editor.addValueChangeListener(e -> show(validation.check(e.getValue())));
    graph.setId("rg-graph");
    graph.addNodeSelectListener(this::revealResource);
    crdSchema.addClassName("kro-pre");
    crdSchema.setId("crd-schema");
    sampleInstance.addClassName("kro-pre");
    sampleInstance.setId("sample-instance");
    add(toolbar(), body());
    show(validation.check(""));
  }

  static RouteParameters parametersFor(String kind, String name) {
    return new RouteParameters(java.util.Map.of(KIND, kind, NAME, name));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    java.util.Optional<String> name = event.getRouteParameters().get(NAME);
    String plural = event.getRouteParameters().get(KIND).flatMap(run.kro.backend.model.ResourceGroupKind::fromKind)
        .orElse(run.kro.backend.model.ResourceGroupKind.RESOURCE_GROUP).plural();
    AccessReview.Decision may = access.may(name.isPresent() ? "patch" : "create", "kro.run", plural, "");
    save.setEnabled(may.allowed());
    save.setTooltipText(may.allowed() ? null : may.reason() + ": only platform engineers publish APIs");
    if (name.isPresent()) {
      String kind = event.getRouteParameters().get(KIND).orElse("ResourceGroup");
      heading.setText(name.get());
      try {
        catalog.yaml(kind, name.get()).ifPresentOrElse(this::load, () -> notFound(kind, name.get()));
      } catch (IllegalArgumentException e) {
        notFound(kind, name.get());
      }
      return;
    }
    event.getLocation().getQueryParameters().getSingleParameter(TEMPLATE_PARAMETER)
        .flatMap(template -> java.util.Optional.ofNullable(validation.examples().get(template)))
        .ifPresent(this::load);
  }

  /** Replaces the text (a template, an import or a ResourceGroup read from the cluster) and checks it. */
  void load(String yaml) {
    editor.setValue(yaml);
    show(validation.check(yaml));
  }

  private void notFound(String kind, String name) {
    Notification.show(kind + " " + name + " was not found in the cluster. It may have been deleted; "
        + "the editor starts empty.", 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
  }

  private void reviewAndSave() {
    editor.withCurrentText(text -> new SaveDialog(saver.preview(text), () -> saver.save(text), this::saved).open());
  }

  private void saved(SaveResult result) {
    result.stored().ifPresent(stored -> {
      Notification.show(result.describe() + ". The controller now generates its API.", 5000,
          Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      heading.setText(stored.name());
      getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
          "resourcegroups/" + stored.kind().kind() + "/" + stored.name()));
    });
  }

  String text() {
    return editor.getValue();
  }

  private HorizontalLayout toolbar() {
    heading.getStyle().set("margin", "0");
    save.addClickListener(e -> reviewAndSave());
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setId("save");
    save.setDisableOnClick(true);
    save.addClickListener(e -> save.setEnabled(true));
    HorizontalLayout toolbar = new HorizontalLayout(heading, verdict, save,
        new TemplatePicker(validation.examples(), this::load), new YamlTransfer(this::text, this::load));
    toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
    toolbar.setWidthFull();
    toolbar.setWrap(true);
    return toolbar;
  }

  private SplitLayout body() {
    VerticalLayout left = new VerticalLayout(editor, problems);
    left.setPadding(false);
    left.setSizeFull();
    left.setFlexGrow(3, editor);
    problems.setHeight("30%");
    TabSheet right = new TabSheet();
    right.add("Graph", graph);
    right.add("CRD schema", crdSchema);
    right.add("Sample instance", sampleInstance);
    right.setSizeFull();
    return new ResponsiveSplit(left, right, 55);
  }

  private void show(DraftCheck check) {
    List<CompileError> errors = check.errors();
    if (check.isValid()) {
      verdict.setText("Valid: " + check.instanceKind().orElse(""));
    } else {
      verdict.setText(editor.getValue().isBlank() ? "Empty" : errors.size() + (errors.size() == 1 ? " problem" : " problems"));
    }
    verdict.getElement().setAttribute("theme", check.isValid() ? "badge success" : "badge error");
    problems.show(errors);
    editor.setMarkers(errors.stream().filter(e -> e.position().isPresent())
        .map(e -> EditorMarker.error(e.position().get().line(), e.position().get().column(), e.describe())).toList());
    graph.setEmptyText(check.isValid() ? "This ResourceGroup has no resources: its API only stores what users write."
        : "The graph appears here once the resources can be read.");
    graph.setGraph(check.graph());
    crdSchema.setText(check.crdSchema().orElse("The generated CRD's schema appears here once the ResourceGroup is valid."));
    sampleInstance.setText(check.sampleInstance().orElse("A sample instance appears here once the ResourceGroup is valid."));
  }

  private void reveal(CompileError error) {
    error.position().ifPresent(p -> editor.reveal(p.line(), p.column()));
  }

  private void revealResource(String id) {
    ResourceLines.find(editor.getValue(), id).ifPresent(line -> editor.reveal(line, 1));
  }
}
