package run.kro.ui.instance.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.Optional;

/** A number ({@code float} in SimpleSchema) in a number field. */
final class NumberEditor extends ScalarEditor<Double> {

  NumberEditor(FieldSpec spec) {
    super(spec, new NumberField());
  }

  @Override
  Double toPresentation(JsonNode value) {
    return value.isNumber() ? value.asDouble() : null;
  }

  @Override
  Optional<JsonNode> toJson(Double number) {
    return Optional.ofNullable(number).map(DoubleNode::valueOf);
  }
}
