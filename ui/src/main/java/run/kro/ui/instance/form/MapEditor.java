package run.kro.ui.instance.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import run.kro.backend.openapi.SchemaTypes;
import run.kro.backend.source.FieldPath;

/**
 * A map ({@code additionalProperties}) as key/value rows with Add and Remove. Rows without a key
 * are not written and a repeated key is written once; both are reported by {@link #checkInput}. Row
 * inputs have ids by row index ({@code key-spec.labels[0]}, {@code field-spec.labels[0]}), since a
 * key changes as it is typed.
 */
final class MapEditor extends ContainerEditor {

  private record Row(TextField key, FieldEditor value, HorizontalLayout view) {}

  private final EditorFactory factory;
  private final JSONSchemaProps valueSchema;
  private final List<Row> rows = new ArrayList<>();

  MapEditor(FieldSpec spec, EditorFactory factory) {
    super(spec, true);
    this.factory = factory;
    this.valueSchema = SchemaTypes.additionalPropertiesSchema(spec.schema()).orElseThrow();
    section()
        .addFooter(
            RowList.addButton(
                spec,
                () -> {
                  addRow("", null);
                  userChanged();
                }));
  }

  @Override
  Stream<FieldEditor> inner() {
    return rows.stream().map(Row::value);
  }

  @Override
  public void read(JsonNode given) {
    rebuild(readShaped(given, JsonNode::isObject).map(MapEditor::fieldsOf).orElse(List.of()));
  }

  @Override
  public Optional<JsonNode> write() {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (Row row : rows) {
      Optional<JsonNode> value = row.value().write();
      if (!row.key().isEmpty() && !out.has(row.key().getValue())) {
        out.set(row.key().getValue(), value.orElseGet(this::emptyValue));
      }
    }
    return valueToWrite(out, !out.isEmpty() || !rows.isEmpty(), false);
  }

  @Override
  public Optional<FieldEditor> child(FieldPath.Segment segment) {
    if (segment instanceof FieldPath.Key key) {
      return rows.stream()
          .filter(r -> r.key().getValue().equals(key.name()))
          .findFirst()
          .map(Row::value);
    }
    return Optional.empty();
  }

  @Override
  public void checkInput(boolean all, List<FormProblem> out) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      problemOf(row, i + 1, seen)
          .ifPresent(
              message -> {
                out.add(new FormProblem(spec().path().toString(), message));
                if (all || touched()) {
                  row.key().setErrorMessage(message);
                  row.key().setInvalid(true);
                }
              });
      row.value().checkInput(all, out);
    }
  }

  private Optional<String> problemOf(Row row, int number, Set<String> seen) {
    String key = row.key().getValue();
    boolean hasValue = row.value().write().isPresent();
    if (key.isEmpty()) {
      return hasValue ? Optional.of("row " + number + ": a key is required") : Optional.empty();
    }
    if (!seen.add(key)) {
      return Optional.of("duplicate key \"" + key + "\"");
    }
    boolean emptyAllowed = FieldKind.of(valueSchema) == FieldKind.STRING;
    return hasValue || emptyAllowed
        ? Optional.empty()
        : Optional.of("a value for \"" + key + "\" is required");
  }

  @Override
  public void clearMarks() {
    super.clearMarks();
    rows.forEach(row -> row.key().setInvalid(false));
  }

  private void addRow(String key, JsonNode value) {
    int index = rows.size();
    TextField keyField = new TextField("key");
    keyField.setManualValidation(true);
    keyField.setId("key-" + spec().path().index(index));
    keyField.setRequiredIndicatorVisible(true);
    keyField.setReadOnly(spec().locked());
    keyField.setValue(key);
    keyField.addValueChangeListener(e -> userChanged());
    FieldEditor editor = factory.create(spec().row(index, "value", valueSchema));
    editor.read(value);
    HorizontalLayout view =
        RowList.row(spec(), index, this::removeRow, keyField, editor.component());
    rows.add(new Row(keyField, editor, view));
    section().add(view, true);
  }

  private void removeRow(int index) {
    List<Map.Entry<String, JsonNode>> kept = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (i != index) {
        Row row = rows.get(i);
        kept.add(
            new AbstractMap.SimpleImmutableEntry<>(
                row.key().getValue(), row.value().write().orElse(null)));
      }
    }
    rebuild(kept);
    userChanged();
  }

  private void rebuild(List<Map.Entry<String, JsonNode>> entries) {
    rows.forEach(row -> section().remove(row.view()));
    rows.clear();
    entries.forEach(e -> addRow(e.getKey(), e.getValue()));
  }

  /**
   * A key without a value: an empty string where strings are allowed, else null (reported by
   * checkInput).
   */
  private JsonNode emptyValue() {
    return FieldKind.of(valueSchema) == FieldKind.STRING
        ? JsonNodeFactory.instance.textNode("")
        : JsonNodeFactory.instance.nullNode();
  }

  private static List<Map.Entry<String, JsonNode>> fieldsOf(JsonNode object) {
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      entries.add(Map.entry(field.getKey(), field.getValue()));
    }
    return entries;
  }
}
