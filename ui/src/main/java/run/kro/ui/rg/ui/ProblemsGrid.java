package run.kro.ui.rg.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.function.Consumer;
import run.kro.backend.diagnostics.CompileError;

/** The compiler's errors in reading order; choosing one (click, or Space/Enter on a row) tells where it is. */
class ProblemsGrid extends Grid<CompileError> {

  ProblemsGrid(Consumer<CompileError> onChoose) {
    super(CompileError.class, false);
    setId("problems");
    addColumn(e -> e.position().map(Object::toString).orElse("")).setHeader("Line:Col").setAutoWidth(true).setFlexGrow(0);
    addColumn(e -> e.resourceId().orElse("")).setHeader("Resource").setAutoWidth(true).setFlexGrow(0);
    addColumn(CompileError::path).setHeader("Path").setAutoWidth(true).setFlexGrow(1);
    addColumn(CompileError::message).setHeader("Message").setFlexGrow(4);
    addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    setSelectionMode(SelectionMode.SINGLE);
    asSingleSelect().addValueChangeListener(e -> {
      if (e.getValue() != null) {
        onChoose.accept(e.getValue());
      }
    });
    addItemClickListener(e -> onChoose.accept(e.getItem()));
    setEmptyStateText("No problems.");
  }

  void show(List<CompileError> errors) {
    setItems(errors);
  }
}
