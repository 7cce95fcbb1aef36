package run.kro.ui.instance.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import run.kro.backend.source.FieldPath;

/**
 * Edits the value of one field. {@link #read} and {@link #write} round-trip: a value read and left
 * alone is written back unchanged, even one the editor cannot show.
 */
interface FieldEditor {

  Component component();

  /** Shows a value; null (or a JSON null) means the field is absent. */
  void read(JsonNode value);

  /** The field's value, or empty when the field is left empty and should be omitted. */
  Optional<JsonNode> write();

  /** The editor of a part of this value, for routing a problem to the field it is about. */
  default Optional<FieldEditor> child(FieldPath.Segment segment) {
    return Optional.empty();
  }

  /** Marks the field invalid with the message shown; several marks add up. */
  void mark(String message);

  /** Removes the marks of this field and of the fields inside it. */
  void clearMarks();

  /** Whether the user has changed this field (or one inside it) since it was last read. */
  boolean touched();

  /**
   * Problems only the form can see, such as duplicate map keys; marks them when {@code all} or
   * touched.
   */
  default void checkInput(boolean all, List<FormProblem> out) {}
}
