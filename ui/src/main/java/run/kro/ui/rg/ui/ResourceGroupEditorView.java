package run.kro.ui.rg.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import run.kro.backend.diagnostics.CompileError;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.ui.base.ui.EditorMarker;
import run.kro.ui.base.ui.LeaveGuard;
import run.kro.ui.base.ui.MainLayout;
import run.kro.ui.base.ui.Notices;
import run.kro.ui.base.ui.ResponsiveSplit;
import run.kro.ui.base.ui.YamlEditor;
import run.kro.ui.graph.ui.GraphView;
import run.kro.ui.revision.ui.RevisionsTab;
import run.kro.ui.rg.DraftCheck;
import run.kro.ui.rg.ResourceGroupCatalog;
import run.kro.ui.rg.ResourceGroupDeletion;
import run.kro.ui.rg.ResourceGroupSaver;
import run.kro.ui.rg.SaveResult;
import run.kro.ui.rg.TemplateCopies;
import run.kro.ui.rg.ValidationService;
import run.kro.ui.security.AccessReview;

/**
 * Authoring a ResourceGroup: a YAML editor whose text is compiled as the author types, with errors
 * underlined and listed, and beside it the dependency graph, the generated CRD schema and a sample
 * instance, all kept current; a stored ResourceGroup also has its Revisions tab ({@code
 * ?tab=revisions}). {@code resourcegroups/new} is always a new ResourceGroup: empty, or a copy of a
 * template under a free name and kind ({@code ?template=NAME}). Leaving with unsaved changes asks
 * first.
 */
@PermitAll
@Route(value = "resourcegroups/new", layout = MainLayout.class)
@RouteAlias(value = "resourcegroups/:kind/:name", layout = MainLayout.class)
@PageTitle("ResourceGroup editor · KRO")
public class ResourceGroupEditorView extends VerticalLayout
    implements BeforeEnterObserver, BeforeLeaveObserver {

  static final String TEMPLATE_PARAMETER = "template";

  /** {@code ?tab=revisions} opens a stored ResourceGroup on its Revisions tab. */
  static final String TAB_PARAMETER = "tab";

  static final String REVISIONS_TAB = "revisions";

  private static final double EDITOR_PERCENT = 55;

  /** The Revisions tab's grids and diff need the room more than the editor does meanwhile. */
  private static final double EDITOR_PERCENT_BESIDE_REVISIONS = 30;

  private static final String KIND = "kind";
  private static final String NAME = "name";

  private final ValidationService validation;
  private final ResourceGroupCatalog catalog;
  private final ResourceGroupSaver saver;
  private final AccessReview access;
  private final TemplateCopies templates;
  private final ResourceGroupDeletion deletion;
  private final LeaveGuard leaveGuard = new LeaveGuard(this, "your changes to this ResourceGroup");
  private final Button delete = new Button("Delete…", VaadinIcon.TRASH.create());

  /** The ResourceGroup in the cluster this editor shows; empty for a new one. */
  private Optional<StoredName> stored = Optional.empty();

  private final Button save = new Button("Review and save…", VaadinIcon.UPLOAD_ALT.create());
  private final YamlEditor editor = new YamlEditor("ResourceGroup YAML");
  private final ProblemsGrid problems = new ProblemsGrid(this::reveal);
  private final GraphView graph =
      new GraphView("The graph appears here once the resources can be read.");
  private final Pre crdSchema = new Pre();
  private final Pre sampleInstance = new Pre();
  private final Span verdict = new Span();
  private final H3 heading = new H3("New ResourceGroup");
  private final EditorSideTabs right;

  /** A stored ResourceGroup's address. */
  private record StoredName(ResourceGroupKind kind, String name) {}

  public ResourceGroupEditorView(
      ValidationService validation,
      ResourceGroupCatalog catalog,
      ResourceGroupSaver saver,
      AccessReview access,
      TemplateCopies templates,
      ResourceGroupDeletion deletion,
      RevisionsTab revisions) {
    this.right = new EditorSideTabs(graph, crdSchema, sampleInstance, revisions);
    this.access = access;
    this.templates = templates;
    this.deletion = deletion;
    this.validation = validation;
    this.catalog = catalog;
    this.saver = saver;
    setSizeFull();
    verdict.setId("verdict");
    editor.setSizeFull();
    editor.addValueChangeListener(
        e -> {
          if (e.isFromClient()) { // typed; texts set here are checked where they are set
            show(validation.check(e.getValue()));
            leaveGuard.changed(e.getValue());
          }
        });
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
    return new RouteParameters(Map.of(KIND, kind, NAME, name));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<String> name = event.getRouteParameters().get(NAME);
    ResourceGroupKind kind =
        event
            .getRouteParameters()
            .get(KIND)
            .flatMap(ResourceGroupKind::fromKind)
            .orElse(ResourceGroupKind.RESOURCE_GROUP);
    AccessReview.Decision may =
        access.may(name.isPresent() ? "patch" : "create", "kro.run", kind.plural(), "");
    save.setEnabled(may.allowed());
    save.setTooltipText(
        may.allowed() ? null : may.reason() + ": only platform engineers publish APIs");
    // The same view serves every address of the editor, so each visit starts from what its address
    // says.
    stored = name.map(n -> new StoredName(kind, n));
    heading.setText(name.orElse("New ResourceGroup"));
    storedChanged();
    if (name.isPresent()) {
      if (event
          .getLocation()
          .getQueryParameters()
          .getSingleParameter(TAB_PARAMETER)
          .filter(REVISIONS_TAB::equals)
          .isPresent()) {
        right.openRevisions();
      }
      try {
        catalog
            .yaml(kind.kind(), name.get())
            .ifPresentOrElse(this::load, () -> notFound(kind.kind(), name.get()));
      } catch (IllegalArgumentException e) {
        notFound(kind.kind(), name.get());
      }
      return;
    }
    load(
        event
            .getLocation()
            .getQueryParameters()
            .getSingleParameter(TEMPLATE_PARAMETER)
            .flatMap(template -> Optional.ofNullable(validation.examples().get(template)))
            .map(templates::copyOf)
            .orElse(""));
  }

  @Override
  public void beforeLeave(BeforeLeaveEvent event) {
    leaveGuard.beforeLeave(event);
  }

  /**
   * Replaces the text with a starting point (a ResourceGroup read from the cluster, a template
   * copy, or nothing) and checks it; there is nothing to lose in it yet.
   */
  void load(String yaml) {
    editor.setValue(yaml);
    show(validation.check(yaml));
    leaveGuard.saved(yaml);
  }

  /** A template picked in the editor: a new ResourceGroup, whatever was open before. */
  private void startFromTemplate(String template) {
    leaveGuard.beforeReplacing(() -> newFromTemplate(template));
  }

  private void newFromTemplate(String template) {
    stored = Optional.empty();
    heading.setText("New ResourceGroup");
    storedChanged();
    load(templates.copyOf(template));
    getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "resourcegroups/new"));
  }

  /**
   * An imported file replaces the text (after asking, over unsaved changes) and is not in the
   * cluster yet.
   */
  private void imported(String yaml) {
    leaveGuard.beforeReplacing(
        () -> {
          editor.setValue(yaml);
          show(validation.check(yaml));
          leaveGuard.changed(yaml);
        });
  }

  private void notFound(String kind, String name) {
    load("");
    Notices.error(
        kind
            + " "
            + name
            + " was not found in the cluster. It may have been deleted; "
            + "the editor starts empty.");
  }

  private void reviewAndSave() {
    editor.withCurrentText(
        text -> new SaveDialog(saver.preview(text), () -> saver.save(text), this::saved).open());
  }

  private void saved(SaveResult result) {
    result
        .stored()
        .ifPresent(
            saved -> {
              Notices.done(result.describe());
              heading.setText(saved.name());
              stored = Optional.of(new StoredName(saved.kind(), saved.name()));
              storedChanged();
              leaveGuard.saved(editor.getValue());
              getUI()
                  .ifPresent(
                      ui ->
                          ui.getPage()
                              .getHistory()
                              .replaceState(
                                  null,
                                  "resourcegroups/" + saved.kind().kind() + "/" + saved.name()));
            });
  }

  String text() {
    return editor.getValue();
  }

  /**
   * One row that never wraps, so the editor below does not move: the name and the verdict give way
   * (shortened, their full text as tooltip) before the actions do.
   */
  private HorizontalLayout toolbar() {
    heading.addClassName("kro-shrinkable");
    heading.getStyle().set("margin", "0");
    verdict.addClassName("kro-shrinkable");
    save.addClickListener(e -> reviewAndSave());
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setId("save");
    save.setDisableOnClick(true);
    save.addClickListener(e -> save.setEnabled(true));
    delete.setId("delete");
    delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
    delete.addClickListener(
        e ->
            stored.ifPresent(
                s ->
                    new DeleteDialog(
                            deletion,
                            s.kind(),
                            s.name(),
                            () -> getUI().ifPresent(ui -> ui.navigate(ResourceGroupListView.class)))
                        .open()));
    HorizontalLayout toolbar =
        new HorizontalLayout(
            heading,
            verdict,
            save,
            delete,
            new TemplatePicker(validation.examples(), this::startFromTemplate),
            new YamlTransfer(this::text, this::imported));
    toolbar.setId("editor-toolbar");
    toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
    toolbar.setWidthFull();
    toolbar.setWrap(false);
    toolbar.getStyle().set("flex-shrink", "0");
    return toolbar;
  }

  /** What only a stored ResourceGroup has: Delete and the Revisions tab. */
  private void storedChanged() {
    showDelete();
    stored.ifPresentOrElse(s -> right.stored(s.kind(), s.name()), right::notStored);
  }

  /** Delete is offered for a stored ResourceGroup, and enabled for those who may delete it. */
  private void showDelete() {
    delete.setVisible(stored.isPresent());
    stored.ifPresent(
        s -> {
          AccessReview.Decision may =
              access.may("delete", ResourceGroupKind.GROUP, s.kind().plural(), "");
          delete.setEnabled(may.allowed());
          delete.setTooltipText(
              may.allowed() ? null : may.reason() + ": only platform engineers delete APIs");
        });
  }

  private SplitLayout body() {
    VerticalLayout left = new VerticalLayout(editor, problems);
    left.setPadding(false);
    left.setSizeFull();
    left.setFlexGrow(3, editor);
    problems.setHeight("30%");
    ResponsiveSplit split = new ResponsiveSplit(left, right, EDITOR_PERCENT);
    right.onRevisionsShown(
        shown ->
            split.setSplitterPosition(shown ? EDITOR_PERCENT_BESIDE_REVISIONS : EDITOR_PERCENT));
    return split;
  }

  private void show(DraftCheck check) {
    // An empty editor is a start, not a mistake: a neutral badge and no problems.
    boolean blank = editor.getValue().isBlank();
    List<CompileError> errors = blank ? List.of() : check.errors();
    if (check.isValid()) {
      verdict.setText("Valid: " + check.instanceKind().orElse(""));
    } else {
      verdict.setText(
          blank ? "Empty" : errors.size() + (errors.size() == 1 ? " problem" : " problems"));
    }
    verdict
        .getElement()
        .setAttribute(
            "theme", check.isValid() ? "badge success" : blank ? "badge contrast" : "badge error");
    verdict.getElement().setAttribute("title", verdict.getText());
    heading.getElement().setAttribute("title", heading.getText());
    problems.show(errors);
    editor.setMarkers(
        errors.stream()
            .filter(e -> e.position().isPresent())
            .map(
                e ->
                    EditorMarker.error(
                        e.position().get().line(), e.position().get().column(), e.describe()))
            .toList());
    graph.setEmptyText(
        check.isValid()
            ? "This ResourceGroup has no resources: its API only stores what users write."
            : blank
                ? "Write a ResourceGroup on the left, import a file or start from a template."
                : "The graph appears here once the resources can be read.");
    graph.setGraph(check.graph());
    crdSchema.setText(
        check
            .crdSchema()
            .orElse("The generated CRD's schema appears here once the ResourceGroup is valid."));
    sampleInstance.setText(
        check
            .sampleInstance()
            .orElse("A sample instance appears here once the ResourceGroup is valid."));
  }

  private void reveal(CompileError error) {
    error.position().ifPresent(p -> editor.reveal(p.line(), p.column()));
  }

  private void revealResource(String id) {
    ResourceLines.find(editor.getValue(), id).ifPresent(line -> editor.reveal(line, 1));
  }
}
