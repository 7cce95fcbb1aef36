package run.kro.ui.rg;

import java.util.List;
import java.util.Optional;
import run.kro.backend.diagnostics.CompileError;

/**
 * What saving a ResourceGroup would do, found without changing anything. Exactly one of three
 * cases: it does not compile ({@code compileErrors}, nothing was sent to the server); the server's
 * dry run refused it ({@code serverError}); or the server accepted it, and {@code diff} is the
 * unified diff from the stored object to the result (empty when nothing would change; all additions
 * when it would be created). {@code mode} and {@code breakingChanges} are known whenever it
 * compiled.
 */
public record SavePreview(
    List<CompileError> compileErrors,
    Optional<SaveMode> mode,
    String diff,
    Optional<String> serverError,
    List<BreakingChange> breakingChanges) {

  public SavePreview {
    compileErrors = List.copyOf(compileErrors);
    breakingChanges = List.copyOf(breakingChanges);
    diff = diff == null ? "" : diff;
  }

  static SavePreview invalid(List<CompileError> errors) {
    return new SavePreview(errors, Optional.empty(), "", Optional.empty(), List.of());
  }

  static SavePreview rejected(
      Optional<SaveMode> mode, String serverError, List<BreakingChange> breaking) {
    return new SavePreview(List.of(), mode, "", Optional.of(serverError), breaking);
  }

  static SavePreview accepted(SaveMode mode, String diff, List<BreakingChange> breaking) {
    return new SavePreview(List.of(), Optional.of(mode), diff, Optional.empty(), breaking);
  }

  /** It compiles. */
  public boolean valid() {
    return compileErrors.isEmpty();
  }

  /** It compiles and the server's dry run accepted it: saving should succeed. */
  public boolean acceptedByServer() {
    return valid() && serverError.isEmpty();
  }

  /** Saving would change the stored object (or create it). */
  public boolean hasChanges() {
    return !diff.isEmpty();
  }

  public boolean breaking() {
    return !breakingChanges.isEmpty();
  }
}
