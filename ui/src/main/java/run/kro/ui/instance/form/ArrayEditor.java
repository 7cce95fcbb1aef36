package run.kro.ui.instance.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import run.kro.backend.source.FieldPath;

/**
 * An array of scalars or objects as rows with Add and Remove. Rows left empty are not written; problems about item
 * {@code i} go to the row that wrote the {@code i}-th item. Removing a row rebuilds the rows from their values, so
 * ids stay equal to paths.
 */
final class ArrayEditor implements FieldEditor {

  private final FieldSpec spec;
  private final EditorFactory factory;
  private final JSONSchemaProps itemSchema;
  private final Section section;
  private final List<FieldEditor> rows = new ArrayList<>();
  private final List<HorizontalLayout> rowViews = new ArrayList<>();
  private List<FieldEditor> written = List.of();
  private JsonNode foreign;
  private boolean present;
  private boolean touched;

  ArrayEditor(FieldSpec spec, EditorFactory factory) {
    this.spec = spec;
    this.factory = factory;
    this.itemSchema = spec.schema().getItems().getSchema();
    this.section = new Section(spec, true);
    section.addFooter(RowList.addButton(spec, () -> {
      addRow(null);
      userChanged();
    }));
  }

  @Override
  public Component component() {
    return section.component();
  }

  @Override
  public void read(JsonNode given) {
    JsonNode value = spec.orInitial(given);
    present = value != null && value.isArray();
    foreign = present || given == null || given.isMissingNode() ? null : given.deepCopy();
    List<JsonNode> items = new ArrayList<>();
    if (present) {
      value.forEach(items::add);
    }
    rebuild(items);
    touched = false;
  }

  @Override
  public Optional<JsonNode> write() {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    List<FieldEditor> writers = new ArrayList<>();
    for (FieldEditor row : rows) {
      row.write().ifPresent(v -> {
        out.add(v);
        writers.add(row);
      });
    }
    written = writers;
    if (!out.isEmpty() || present || !rows.isEmpty()) {
      return Optional.of(out);
    }
    return foreign != null ? Optional.of(foreign.deepCopy()) : Optional.empty();
  }

  @Override
  public Optional<FieldEditor> child(FieldPath.Segment segment) {
    if (segment instanceof FieldPath.Index index && index.index() < written.size()) {
      return Optional.of(written.get(index.index()));
    }
    return Optional.empty();
  }

  @Override
  public void mark(String message) {
    section.mark(message);
  }

  @Override
  public void clearMarks() {
    section.clearMark();
    rows.forEach(FieldEditor::clearMarks);
  }

  @Override
  public boolean touched() {
    return touched || rows.stream().anyMatch(FieldEditor::touched);
  }

  @Override
  public void checkInput(boolean all, List<FormProblem> out) {
    rows.forEach(row -> row.checkInput(all, out));
  }

  private void addRow(JsonNode value) {
    int index = rows.size();
    FieldEditor row = factory.create(spec.row(index, spec.name() + "[" + index + "]", itemSchema));
    row.read(value);
    HorizontalLayout view = RowList.row(spec, index, this::removeRow, row.component());
    rows.add(row);
    rowViews.add(view);
    section.add(view, true);
  }

  private void removeRow(int index) {
    List<JsonNode> kept = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (i != index) {
        kept.add(rows.get(i).write().orElse(null));
      }
    }
    rebuild(kept);
    userChanged();
  }

  private void rebuild(List<JsonNode> items) {
    rowViews.forEach(section::remove);
    rows.clear();
    rowViews.clear();
    items.forEach(this::addRow);
  }

  private void userChanged() {
    touched = true;
    spec.context().changed();
  }
}
