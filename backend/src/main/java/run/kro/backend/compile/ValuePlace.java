package run.kro.backend.compile;

import java.util.Optional;
import run.kro.backend.diagnostics.Stage;
import run.kro.backend.source.Diagnostics;
import run.kro.backend.source.FieldPath;

/**
 * Where a string value of the document stands, so that errors about it, or about a character inside
 * it, land at their line and column. {@code printRoot} is where the printed path starts (a
 * resource's template or entry).
 */
record ValuePlace(
    Diagnostics diagnostics,
    Stage stage,
    Optional<String> resourceId,
    FieldPath printRoot,
    FieldPath path) {

  void error(String message) {
    error(0, message);
  }

  /** An error at {@code offset} characters into the value. */
  void error(int offset, String message) {
    diagnostics.errorWithin(stage, resourceId, printRoot, path, offset, message);
  }

  ValuePlace at(FieldPath newPath) {
    return new ValuePlace(diagnostics, stage, resourceId, printRoot, newPath);
  }

  ValuePlace in(Stage newStage) {
    return new ValuePlace(diagnostics, newStage, resourceId, printRoot, path);
  }

  /** The path as users read it, relative to {@code printRoot}. */
  String printedPath() {
    return path.relativeTo(printRoot).toString();
  }
}
