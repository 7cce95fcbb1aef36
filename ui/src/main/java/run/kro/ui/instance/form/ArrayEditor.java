package run.kro.ui.instance.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import run.kro.backend.source.FieldPath;

/**
 * An array of scalars or objects as rows with Add and Remove. Rows left empty are not written;
 * problems about item {@code i} go to the row that wrote the {@code i}-th item. Removing a row
 * rebuilds the rows from their values, so ids stay equal to paths.
 */
final class ArrayEditor extends ContainerEditor {

  private final EditorFactory factory;
  private final JSONSchemaProps itemSchema;
  private final List<FieldEditor> rows = new ArrayList<>();
  private final List<HorizontalLayout> rowViews = new ArrayList<>();
  private List<FieldEditor> writtenRows = List.of();

  ArrayEditor(FieldSpec spec, EditorFactory factory) {
    super(spec, true);
    this.factory = factory;
    this.itemSchema = spec.schema().getItems().getSchema();
    section()
        .addFooter(
            RowList.addButton(
                spec,
                () -> {
                  addRow(null);
                  userChanged();
                }));
  }

  @Override
  Stream<FieldEditor> inner() {
    return rows.stream();
  }

  @Override
  public void read(JsonNode given) {
    List<JsonNode> items = new ArrayList<>();
    readShaped(given, JsonNode::isArray).ifPresent(value -> value.forEach(items::add));
    rebuild(items);
  }

  @Override
  public Optional<JsonNode> write() {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    List<FieldEditor> writers = new ArrayList<>();
    for (FieldEditor row : rows) {
      row.write()
          .ifPresent(
              v -> {
                out.add(v);
                writers.add(row);
              });
    }
    writtenRows = writers;
    return valueToWrite(out, !out.isEmpty() || !rows.isEmpty(), false);
  }

  @Override
  public Optional<FieldEditor> child(FieldPath.Segment segment) {
    if (segment instanceof FieldPath.Index index && index.index() < writtenRows.size()) {
      return Optional.of(writtenRows.get(index.index()));
    }
    return Optional.empty();
  }

  private void addRow(JsonNode value) {
    int index = rows.size();
    FieldEditor row =
        factory.create(spec().row(index, spec().name() + "[" + index + "]", itemSchema));
    row.read(value);
    HorizontalLayout view = RowList.row(spec(), index, this::removeRow, row.component());
    rows.add(row);
    rowViews.add(view);
    section().add(view, true);
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
    rowViews.forEach(section()::remove);
    rows.clear();
    rowViews.clear();
    items.forEach(this::addRow);
  }
}
