package run.kro.ui.rg.ui;

import com.vaadin.flow.component.html.H2;
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
import java.util.List;
import run.kro.backend.api.CompileError;
import run.kro.ui.base.ui.EditorMarker;
import run.kro.ui.base.ui.MainLayout;
import run.kro.ui.base.ui.YamlEditor;
import run.kro.ui.graph.ui.GraphView;
import run.kro.ui.rg.DraftCheck;
import run.kro.ui.rg.ValidationService;

/**
 * Authoring a ResourceGroup: a YAML editor whose text is compiled as the author types, with errors underlined and
 * listed, and beside it the dependency graph, the generated CRD schema and a sample instance, all kept current.
 */
@Route(value = "resourcegroups/new", layout = MainLayout.class)
@PageTitle("ResourceGroup editor · KRO")
public class ResourceGroupEditorView extends VerticalLayout implements BeforeEnterObserver {

  static final String TEMPLATE_PARAMETER = "template";

  private final ValidationService validation;
  private final YamlEditor editor = new YamlEditor("ResourceGroup YAML");
  private final ProblemsGrid problems = new ProblemsGrid(this::reveal);
  private final GraphView graph = new GraphView("The graph appears here once the resources can be read.");
  private final Pre crdSchema = new Pre();
  private final Pre sampleInstance = new Pre();
  private final Span verdict = new Span();
  private final H2 heading = new H2("New ResourceGroup");

  public ResourceGroupEditorView(ValidationService validation) {
    this.validation = validation;
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

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    event.getLocation().getQueryParameters().getSingleParameter(TEMPLATE_PARAMETER)
        .flatMap(name -> java.util.Optional.ofNullable(validation.examples().get(name)))
        .ifPresent(this::load);
  }

  /** Replaces the text (a template, an import or a ResourceGroup read from the cluster) and checks it. */
  void load(String yaml) {
    editor.setValue(yaml);
    show(validation.check(yaml));
  }

  String text() {
    return editor.getValue();
  }

  private HorizontalLayout toolbar() {
    heading.getStyle().set("margin", "0");
    HorizontalLayout toolbar = new HorizontalLayout(heading, verdict,
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
    SplitLayout split = new SplitLayout(left, right);
    split.setSplitterPosition(55);
    split.setSizeFull();
    return split;
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
