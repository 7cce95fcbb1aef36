package run.kro.ui.instance.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Optional;

/**
 * A field the form cannot edit (preserve-unknown-fields objects, int-or-string, arrays of arrays):
 * its value is shown read-only as JSON and written back exactly as read.
 */
final class PreservedValueEditor implements FieldEditor {

  private final FieldSpec spec;
  private final TextArea view = new TextArea();
  private JsonNode value;

  PreservedValueEditor(FieldSpec spec) {
    this.spec = spec;
    view.setId(spec.id());
    view.setLabel(spec.name());
    view.setReadOnly(true);
    view.setManualValidation(true);
    view.setRequiredIndicatorVisible(spec.required());
    view.setHelperText("edit as YAML");
    view.setWidthFull();
  }

  @Override
  public Component component() {
    return view;
  }

  @Override
  public void read(JsonNode given) {
    value = given == null || given.isMissingNode() ? spec.orInitial(null) : given.deepCopy();
    view.setValue(value == null ? "" : value.toString());
  }

  @Override
  public Optional<JsonNode> write() {
    return Optional.ofNullable(value).map(JsonNode::deepCopy);
  }

  @Override
  public void mark(String message) {
    view.setErrorMessage(view.isInvalid() ? view.getErrorMessage() + "; " + message : message);
    view.setInvalid(true);
  }

  @Override
  public void clearMarks() {
    view.setInvalid(false);
    view.setErrorMessage(null);
  }

  @Override
  public boolean touched() {
    return false;
  }
}
