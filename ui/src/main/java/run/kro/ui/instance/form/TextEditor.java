package run.kro.ui.instance.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;

/** A string in a text field; an empty field is omitted (so a required one is reported missing). */
final class TextEditor extends ScalarEditor<String> {

  TextEditor(FieldSpec spec) {
    super(spec, input(spec));
  }

  private static TextField input(FieldSpec spec) {
    TextField field = new TextField();
    field.setManualValidation(true);
    if ("date-time".equals(spec.schema().getFormat())) {
      field.setPlaceholder("2024-01-31T12:00:00Z");
    }
    return field;
  }

  @Override
  String toPresentation(JsonNode value) {
    return value.isTextual() ? value.asText() : value.toString();
  }

  @Override
  Optional<JsonNode> toJson(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(TextNode.valueOf(text));
  }
}
