package run.kro.backend.diagnostics;

import java.util.Optional;

/**
 * One thing wrong with a ResourceGroup, as a value: the stage that found it, the resource it
 * belongs to (if any), the field path inside that resource (or inside the ResourceGroup when there
 * is no resource), the message, and the place in the YAML source when the document came from a file
 * or an editor.
 */
public record CompileError(
    Stage stage,
    Optional<String> resourceId,
    String path,
    String message,
    Optional<SourcePosition> position) {

  public CompileError {
    resourceId = resourceId == null ? Optional.empty() : resourceId;
    position = position == null ? Optional.empty() : position;
    path = path == null ? "" : path;
  }

  public static CompileError of(Stage stage, String path, String message) {
    return new CompileError(stage, Optional.empty(), path, message, Optional.empty());
  }

  public CompileError withPosition(SourcePosition newPosition) {
    return new CompileError(stage, resourceId, path, message, Optional.ofNullable(newPosition));
  }

  /** {@code resource "ID" PATH: MESSAGE}, omitting the parts that are not known. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    resourceId.ifPresent(id -> out.append("resource \"").append(id).append("\" "));
    if (!path.isEmpty()) {
      out.append(path).append(": ");
    } else if (out.length() > 0) {
      out.setLength(out.length() - 1);
      out.append(": ");
    }
    return out.append(message).toString();
  }

  /**
   * {@code FILE:LINE:COL: resource "ID" PATH: MESSAGE}, the form compilers and editors understand.
   */
  public String describeIn(String file) {
    String place = position.map(p -> file + ":" + p.line() + ":" + p.column()).orElse(file);
    return place + ": " + describe();
  }

  @Override
  public String toString() {
    return stage + " " + describeIn("<input>");
  }
}
