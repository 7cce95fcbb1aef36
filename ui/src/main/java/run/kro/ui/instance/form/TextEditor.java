package run.kro.ui.instance.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Optional;

/** A string in a text field; an empty field is omitted (so a required one is reported missing). */
final class TextEditor extends TextInputEditor {

  TextEditor(FieldSpec spec) {
    super(spec);
    if ("date-time".equals(spec.schema().getFormat())) {
      field().setPlaceholder("2024-01-31T12:00:00Z");
    }
  }

  @Override
  Optional<JsonNode> toJson(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(TextNode.valueOf(text));
  }
}
