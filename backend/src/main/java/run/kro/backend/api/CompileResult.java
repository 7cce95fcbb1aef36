package run.kro.backend.api;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The outcome of compiling a ResourceGroup: the compiled graph, or every error found (never both). */
public record CompileResult(Optional<CompiledResourceGroup> compiled, List<CompileError> errors) {

  /** Errors in reading order: by line and column, those without a place last. */
  private static final Comparator<CompileError> BY_PLACE = Comparator.comparing(
      (CompileError e) -> e.position().map(p -> (long) p.line() << 32 | p.column()).orElse(Long.MAX_VALUE));

  public CompileResult {
    errors = errors.stream().sorted(BY_PLACE).toList();
  }

  public static CompileResult of(CompiledResourceGroup compiled) {
    return new CompileResult(Optional.of(compiled), List.of());
  }

  public static CompileResult failed(List<CompileError> errors) {
    return new CompileResult(Optional.empty(), errors);
  }

  public boolean isValid() {
    return compiled.isPresent();
  }
}
