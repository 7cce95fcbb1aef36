package run.kro.ui.instance.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import run.kro.backend.source.FieldPath;

/**
 * An object with named properties: one editor per property in a section. Fields the schema does not
 * name are kept as read and written back after the known ones; a value that is not an object is
 * kept while nothing inside is set.
 */
final class ObjectEditor extends ContainerEditor {

  private final Map<String, FieldEditor> properties = new LinkedHashMap<>();
  private ObjectNode unknown = JsonNodeFactory.instance.objectNode();

  ObjectEditor(FieldSpec spec, EditorFactory factory, boolean framed) {
    super(spec, framed);
    JSONSchemaProps schema = spec.schema();
    Set<String> required =
        new HashSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
    Map<String, JSONSchemaProps> named =
        schema.getProperties() == null ? Map.of() : schema.getProperties();
    named.forEach(
        (name, property) -> {
          FieldEditor editor =
              factory.create(spec.property(name, property, required.contains(name)));
          properties.put(name, editor);
          section()
              .add(
                  editor.component(),
                  FieldKind.of(property).isContainer()
                      || FieldKind.of(property) == FieldKind.UNSUPPORTED);
        });
  }

  @Override
  Stream<FieldEditor> inner() {
    return properties.values().stream();
  }

  @Override
  public void read(JsonNode given) {
    Optional<JsonNode> value = readShaped(given, JsonNode::isObject);
    unknown = JsonNodeFactory.instance.objectNode();
    properties.forEach((name, editor) -> editor.read(value.map(v -> v.get(name)).orElse(null)));
    value.ifPresent(this::keepUnknownFields);
  }

  private void keepUnknownFields(JsonNode object) {
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (!properties.containsKey(field.getKey())) {
        unknown.set(field.getKey(), field.getValue().deepCopy());
      }
    }
  }

  @Override
  public Optional<JsonNode> write() {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    properties.forEach((name, editor) -> editor.write().ifPresent(v -> out.set(name, v)));
    out.setAll(unknown.deepCopy());
    return valueToWrite(out, !out.isEmpty(), spec().required());
  }

  @Override
  public Optional<FieldEditor> child(FieldPath.Segment segment) {
    return segment instanceof FieldPath.Key key
        ? Optional.ofNullable(properties.get(key.name()))
        : Optional.empty();
  }
}
