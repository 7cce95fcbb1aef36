package run.kro.ui.instance.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import run.kro.backend.source.FieldPath;

/**
 * An object with named properties: one editor per property in a section. Fields the schema does not name are kept
 * as read and written back after the known ones; a value that is not an object is kept while nothing inside is set.
 */
final class ObjectEditor implements FieldEditor {

  private final FieldSpec spec;
  private final Section section;
  private final Map<String, FieldEditor> properties = new LinkedHashMap<>();
  private ObjectNode unknown = JsonNodeFactory.instance.objectNode();
  private JsonNode foreign;
  private boolean present;

  ObjectEditor(FieldSpec spec, EditorFactory factory, boolean framed) {
    this.spec = spec;
    this.section = new Section(spec, framed);
    JSONSchemaProps schema = spec.schema();
    Set<String> required = new HashSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
    Map<String, JSONSchemaProps> named = schema.getProperties() == null ? Map.of() : schema.getProperties();
    named.forEach((name, property) -> {
      FieldEditor editor = factory.create(spec.property(name, property, required.contains(name)));
      properties.put(name, editor);
      section.add(editor.component(), FieldKind.of(property).isContainer() || FieldKind.of(property) == FieldKind.UNSUPPORTED);
    });
  }

  @Override
  public Component component() {
    return section.component();
  }

  @Override
  public void read(JsonNode given) {
    JsonNode value = spec.orInitial(given);
    unknown = JsonNodeFactory.instance.objectNode();
    present = value != null && value.isObject();
    foreign = present || given == null || given.isMissingNode() ? null : given.deepCopy();
    properties.forEach((name, editor) -> editor.read(present ? value.get(name) : null));
    if (present) {
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (!properties.containsKey(field.getKey())) {
          unknown.set(field.getKey(), field.getValue().deepCopy());
        }
      }
    }
  }

  @Override
  public Optional<JsonNode> write() {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    properties.forEach((name, editor) -> editor.write().ifPresent(v -> out.set(name, v)));
    out.setAll(unknown.deepCopy());
    if (!out.isEmpty()) {
      return Optional.of(out);
    }
    if (foreign != null) {
      return Optional.of(foreign.deepCopy());
    }
    return present || spec.required() ? Optional.of(out) : Optional.empty();
  }

  @Override
  public Optional<FieldEditor> child(FieldPath.Segment segment) {
    return segment instanceof FieldPath.Key key ? Optional.ofNullable(properties.get(key.name())) : Optional.empty();
  }

  @Override
  public void mark(String message) {
    section.mark(message);
  }

  @Override
  public void clearMarks() {
    section.clearMark();
    properties.values().forEach(FieldEditor::clearMarks);
  }

  @Override
  public boolean touched() {
    return properties.values().stream().anyMatch(FieldEditor::touched);
  }

  @Override
  public void checkInput(boolean all, List<FormProblem> out) {
    properties.values().forEach(editor -> editor.checkInput(all, out));
  }
}
