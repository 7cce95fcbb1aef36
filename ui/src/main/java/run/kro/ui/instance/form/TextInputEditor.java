package run.kro.ui.instance.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A scalar typed as text in a {@link TextField}: a string shows as itself, any other value as its
 * JSON.
 */
abstract class TextInputEditor extends ScalarEditor<String> {

  private final TextField field;

  TextInputEditor(FieldSpec spec) {
    this(spec, new TextField());
  }

  private TextInputEditor(FieldSpec spec, TextField field) {
    super(spec, field);
    this.field = field;
  }

  /**
   * The input, for settings of one kind of text such as a placeholder or the characters allowed.
   */
  final TextField field() {
    return field;
  }

  @Override
  final String toPresentation(JsonNode value) {
    return value.isTextual() ? value.asText() : value.toString();
  }
}
