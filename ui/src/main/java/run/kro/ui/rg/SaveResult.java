package run.kro.ui.rg;

import java.util.List;
import java.util.Optional;
import run.kro.backend.diagnostics.CompileError;
import run.kro.backend.model.ResourceGroupKind;

/**
 * The outcome of saving a ResourceGroup: stored (its kind, name and new resourceVersion), not sent
 * because it does not compile ({@code compileErrors}), or refused by the API server ({@code
 * serverError}, the server's message).
 */
public record SaveResult(
    Optional<Stored> stored, List<CompileError> compileErrors, Optional<String> serverError) {

  /** The object as the API server stored it. */
  public record Stored(
      ResourceGroupKind kind, String name, String resourceVersion, SaveMode mode) {}

  public SaveResult {
    compileErrors = List.copyOf(compileErrors);
  }

  static SaveResult stored(Stored stored) {
    return new SaveResult(Optional.of(stored), List.of(), Optional.empty());
  }

  static SaveResult invalid(List<CompileError> errors) {
    return new SaveResult(Optional.empty(), errors, Optional.empty());
  }

  static SaveResult rejected(String serverError) {
    return new SaveResult(Optional.empty(), List.of(), Optional.of(serverError));
  }

  public boolean saved() {
    return stored.isPresent();
  }

  /**
   * One line for a notification, e.g. {@code ResourceGroup web-app created. The controller now
   * generates its API.}
   */
  public String describe() {
    if (stored.isPresent()) {
      Stored s = stored.get();
      return s.kind().kind()
          + " "
          + s.name()
          + (s.mode() == SaveMode.CREATE
              ? " created. The controller now generates its API."
              : " saved. The controller now moves its API and instances to it.");
    }
    if (!compileErrors.isEmpty()) {
      return "Not saved: "
          + compileErrors.size()
          + (compileErrors.size() == 1 ? " error" : " errors")
          + ", the first: "
          + compileErrors.get(0).describe();
    }
    return "Not saved: " + serverError.orElse("unknown error");
  }
}
