package run.kro.ui.instance.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.util.Optional;

/**
 * A boolean in a checkbox. A checkbox cannot be empty, so an unchecked box is written as {@code
 * false} only where that says something: the field is required, or it has a default that was
 * prefilled (CREATE) or unchecked by the user.
 */
final class BooleanEditor extends ScalarEditor<Boolean> {

  BooleanEditor(FieldSpec spec) {
    super(spec, new Checkbox());
  }

  @Override
  Boolean toPresentation(JsonNode value) {
    return value.isBoolean() ? value.booleanValue() : null;
  }

  @Override
  Optional<JsonNode> toJson(Boolean checked) {
    boolean overridesDefault =
        spec().schema().getDefault() != null && (spec().mode() == FormMode.CREATE || touched());
    boolean meaningful = Boolean.TRUE.equals(checked) || spec().required() || overridesDefault;
    return meaningful
        ? Optional.of(BooleanNode.valueOf(Boolean.TRUE.equals(checked)))
        : Optional.empty();
  }
}
