package run.kro.backend.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import run.kro.backend.diagnostics.CompileError;
import run.kro.backend.diagnostics.SourcePosition;
import run.kro.backend.diagnostics.Stage;

/**
 * Collects the errors of one document, placing each at its line and column. Paths given here are
 * absolute (from the document root); for errors inside a resource the printed path is relative to
 * the resource's template (or to the resource entry for fields such as {@code readyWhen}), which is
 * how users read them.
 */
public final class Diagnostics {

  private final SourceMap sourceMap;
  private final List<CompileError> errors = new ArrayList<>();

  public Diagnostics(SourceMap sourceMap) {
    this.sourceMap = sourceMap;
  }

  public SourceMap sourceMap() {
    return sourceMap;
  }

  /**
   * An error about a field of the document that belongs to no resource (schema, status, the
   * document itself).
   */
  public void error(Stage stage, FieldPath at, String message) {
    add(stage, Optional.empty(), at.toString(), message, sourceMap.keyPosition(at));
  }

  /**
   * An error about a field of a resource; {@code resourceRoot} is where the printed path starts.
   */
  public void error(
      Stage stage, String resourceId, FieldPath resourceRoot, FieldPath at, String message) {
    add(
        stage,
        Optional.of(resourceId),
        at.relativeTo(resourceRoot).toString(),
        message,
        sourceMap.keyPosition(at));
  }

  /**
   * Like {@link #error(Stage, String, FieldPath, FieldPath, String)} but pointing at a character
   * inside the value.
   */
  public void errorWithin(
      Stage stage,
      Optional<String> resourceId,
      FieldPath resourceRoot,
      FieldPath at,
      int offset,
      String message) {
    Optional<SourcePosition> position = sourceMap.positionWithin(at, offset);
    add(stage, resourceId, at.relativeTo(resourceRoot).toString(), message, position);
  }

  public void add(CompileError error) {
    errors.add(error);
  }

  public void addAll(List<CompileError> more) {
    errors.addAll(more);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  public int count() {
    return errors.size();
  }

  public List<CompileError> errors() {
    return List.copyOf(errors);
  }

  private void add(
      Stage stage,
      Optional<String> resourceId,
      String path,
      String message,
      Optional<SourcePosition> at) {
    errors.add(new CompileError(stage, resourceId, path, message, at));
  }
}
