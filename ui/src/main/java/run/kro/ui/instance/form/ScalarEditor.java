package run.kro.ui.instance.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.shared.HasValidationProperties;
import java.util.Objects;
import java.util.Optional;

/**
 * An editor of one scalar shown in one input. It remembers the value it read and what it showed for
 * it: while the input still shows that, {@link #write} returns the value read, so values the input
 * cannot represent exactly (a string in an integer field, {@code 1.0}, a JSON null) survive a round
 * trip.
 */
abstract class ScalarEditor<V> implements FieldEditor {

  static final String IMMUTABLE = "immutable";

  private final FieldSpec spec;
  private final AbstractField<?, V> input;
  private JsonNode loaded;
  private V shown;
  private boolean reading;
  private boolean touched;

  ScalarEditor(FieldSpec spec, AbstractField<?, V> input) {
    this.spec = spec;
    this.input = input;
    // The form checks values with the backend's schema validator; the input's own checks would
    // disagree.
    ((HasValidationProperties) input).setManualValidation(true);
    input.setId(spec.id());
    ((HasLabel) input).setLabel(spec.name());
    input.setRequiredIndicatorVisible(spec.required());
    input.setReadOnly(spec.locked());
    spec.description().ifPresent(d -> input.getElement().setAttribute("title", d));
    Optional<String> helper = spec.locked() ? Optional.of(IMMUTABLE) : spec.description();
    helper.ifPresent(((HasHelper) input)::setHelperText);
    input.addValueChangeListener(
        e -> {
          if (!reading) {
            touched = true;
            spec.context().changed();
          }
        });
  }

  /** What the input shows for a present value; null for "nothing". */
  abstract V toPresentation(JsonNode value);

  /** The JSON for what the input shows; empty when the field is left empty. */
  abstract Optional<JsonNode> toJson(V presentation);

  /** Runs at the start of {@link #read}, where changes of the input are not the user's. */
  void beforeRead() {}

  FieldSpec spec() {
    return spec;
  }

  @Override
  public Component component() {
    return input;
  }

  @Override
  public void read(JsonNode value) {
    reading = true;
    try {
      beforeRead();
      loaded = value == null || value.isMissingNode() ? null : value.deepCopy();
      JsonNode initial = spec.orInitial(value);
      V presentation = initial == null ? null : toPresentation(initial);
      input.setValue(presentation == null ? input.getEmptyValue() : presentation);
      shown = input.getValue();
      touched = false;
    } finally {
      reading = false;
    }
  }

  @Override
  public Optional<JsonNode> write() {
    V now = input.getValue();
    if (loaded != null && Objects.equals(now, shown)) {
      return Optional.of(loaded.deepCopy());
    }
    return toJson(now);
  }

  @Override
  public void mark(String message) {
    HasValidationProperties validation = (HasValidationProperties) input;
    String before = validation.isInvalid() ? validation.getErrorMessage() : null;
    validation.setErrorMessage(
        before == null || before.isEmpty() ? message : before + "; " + message);
    validation.setInvalid(true);
  }

  @Override
  public void clearMarks() {
    HasValidationProperties validation = (HasValidationProperties) input;
    validation.setInvalid(false);
    validation.setErrorMessage(null);
  }

  @Override
  public boolean touched() {
    return touched;
  }
}
