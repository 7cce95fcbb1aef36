package run.kro.ui.rg.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.function.Consumer;
import run.kro.backend.diagnostics.CompileError;

/**
 * The compiler's errors in reading order; choosing one (click, or Space/Enter on a row) tells where
 * it is.
 */
class ProblemsGrid extends Grid<CompileError> {

  /** A cell part whose text may break anywhere (see kro.css): an id or a path is never cut off. */
  private static final String WRAP_ANYWHERE = "kro-wrap-anywhere";

  ProblemsGrid(Consumer<CompileError> onChoose) {
    super(CompileError.class, false);
    setId("problems");
    addColumn(e -> e.position().map(Object::toString).orElse(""))
        .setHeader("Line:Col")
        .setAutoWidth(true)
        .setFlexGrow(0);
    // Widths that fit usual ids and paths at 1280 px; longer ones wrap rather than being cut.
    addColumn(e -> e.resourceId().orElse(""))
        .setHeader("Resource")
        .setWidth("8em")
        .setFlexGrow(1)
        .setPartNameGenerator(e -> WRAP_ANYWHERE);
    addColumn(CompileError::path)
        .setHeader("Path")
        .setWidth("9em")
        .setFlexGrow(1)
        .setPartNameGenerator(e -> WRAP_ANYWHERE);
    addColumn(CompileError::message).setHeader("Message").setWidth("9em").setFlexGrow(3);
    addThemeVariants(
        GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    setSelectionMode(SelectionMode.SINGLE);
    asSingleSelect()
        .addValueChangeListener(
            e -> {
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
