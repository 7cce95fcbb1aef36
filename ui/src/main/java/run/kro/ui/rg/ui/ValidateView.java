package run.kro.ui.rg.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.Map;
import run.kro.backend.api.CompileError;
import run.kro.backend.api.CompileResult;
import run.kro.ui.base.ClusterConnection;
import run.kro.ui.rg.ValidationService;

/** Type or pick a ResourceGroup and see, as you type, the engine's errors or its apply order. */
@Route("")
@PageTitle("Validate a ResourceGroup · KRO")
public class ValidateView extends VerticalLayout {

  private final ValidationService validation;
  private final TextArea editor = new TextArea("ResourceGroup YAML");
  private final Span verdict = new Span();
  private final Grid<CompileError> problems = new Grid<>(CompileError.class, false);
  private final Paragraph order = new Paragraph();

  public ValidateView(ValidationService validation, ClusterConnection cluster) {
    this.validation = validation;
    setSizeFull();
    Span connection = new Span(cluster.describe());
    connection.setId("cluster");
    verdict.setId("verdict");
    connection.getElement().setAttribute("theme", cluster.inMemory() ? "badge contrast" : "badge");
    add(new H2("Validate a ResourceGroup"), connection, examplePicker(), editorAndResult());
    editor.setValueChangeMode(ValueChangeMode.LAZY);
    editor.setValueChangeTimeout(400);
    editor.addValueChangeListener(e -> show(validation.compile(e.getValue())));
  }

  private Select<String> examplePicker() {
    Map<String, String> examples = validation.examples();
    Select<String> picker = new Select<>();
    picker.setLabel("Start from an example");
    picker.setItems(examples.keySet());
    picker.addValueChangeListener(e -> editor.setValue(examples.getOrDefault(e.getValue(), "")));
    return picker;
  }

  private HorizontalLayout editorAndResult() {
    editor.setWidth("55%");
    editor.setHeight("70vh");
    editor.getStyle().set("font-family", "monospace");
    problems.addColumn(e -> e.position().map(Object::toString).orElse("")).setHeader("Line:Col").setAutoWidth(true).setFlexGrow(0);
    problems.addColumn(e -> e.resourceId().orElse("")).setHeader("Resource").setAutoWidth(true).setFlexGrow(0);
    problems.addColumn(CompileError::path).setHeader("Path").setAutoWidth(true);
    problems.addColumn(CompileError::message).setHeader("Message").setFlexGrow(3);
    problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    VerticalLayout result = new VerticalLayout(verdict, order, problems);
    result.setWidth("45%");
    result.setPadding(false);
    HorizontalLayout layout = new HorizontalLayout(editor, result);
    layout.setWidthFull();
    return layout;
  }

  private void show(CompileResult result) {
    if (result.isValid()) {
      var compiled = result.compiled().get();
      verdict.setText("Valid: " + compiled.instanceKind().kind() + " (" + compiled.instanceKind().apiVersion() + ")");
      order.setText("Apply order: " + String.join(" → ", compiled.graph().topologicalOrder()));
    } else {
      verdict.setText(result.errors().size() + " problem(s)");
      order.setText("");
    }
    verdict.getElement().setAttribute("theme", result.isValid() ? "badge success" : "badge error");
    problems.setItems(result.errors());
  }
}
