package run.kro.ui.instance.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What object, array and map editors share: a {@link Section} as component and place for their own
 * marks, editors inside them, and a value of the wrong shape kept as read and written back while
 * nothing inside is set.
 */
abstract class ContainerEditor implements FieldEditor {

  private final FieldSpec spec;
  private final Section section;
  private JsonNode foreign;
  private boolean present;
  private boolean changedHere;

  ContainerEditor(FieldSpec spec, boolean framed) {
    this.spec = spec;
    this.section = new Section(spec, framed);
  }

  /** The editors inside, in order. */
  abstract Stream<FieldEditor> inner();

  final FieldSpec spec() {
    return spec;
  }

  final Section section() {
    return section;
  }

  /**
   * Starts a {@link #read}: the given value (or the initial one) when it has the container's shape;
   * a given value of another shape is kept, to be written back while nothing inside is set.
   */
  final Optional<JsonNode> readShaped(JsonNode given, Predicate<JsonNode> shape) {
    JsonNode value = spec.orInitial(given);
    present = value != null && shape.test(value);
    foreign = present || given == null || given.isMissingNode() ? null : given.deepCopy();
    changedHere = false;
    return present ? Optional.of(value) : Optional.empty();
  }

  /**
   * What {@link #write} returns: {@code out} when something inside is set, else the value of the
   * wrong shape as read, else {@code out} when the value read had the shape or {@code keepEmpty},
   * else nothing.
   */
  final Optional<JsonNode> valueToWrite(JsonNode out, boolean set, boolean keepEmpty) {
    if (set) {
      return Optional.of(out);
    }
    if (foreign != null) {
      return Optional.of(foreign.deepCopy());
    }
    return present || keepEmpty ? Optional.of(out) : Optional.empty();
  }

  /** A change of the container itself (a row added or removed, a key typed). */
  final void userChanged() {
    changedHere = true;
    spec.context().changed();
  }

  @Override
  public final Component component() {
    return section.component();
  }

  @Override
  public final void mark(String message) {
    section.mark(message);
  }

  @Override
  public void clearMarks() {
    section.clearMark();
    inner().forEach(FieldEditor::clearMarks);
  }

  @Override
  public final boolean touched() {
    return changedHere || inner().anyMatch(FieldEditor::touched);
  }

  @Override
  public void checkInput(boolean all, List<FormProblem> out) {
    inner().forEach(editor -> editor.checkInput(all, out));
  }
}
