package run.kro.backend.api;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import run.kro.backend.diagnostics.CompileError;

/**
 * The outcome of compiling a ResourceGroup: the compiled graph, or every error found (never both);
 * and, either way, the sketch of the graph as far as it could be worked out (empty when the
 * document could not be read).
 */
public record CompileResult(
    Optional<CompiledResourceGroup> compiled, List<CompileError> errors, GraphSketch sketch) {

  /** Errors in reading order: by line and column, those without a place last. */
  private static final Comparator<CompileError> BY_PLACE =
      Comparator.comparing(
          (CompileError e) ->
              e.position().map(p -> (long) p.line() << 32 | p.column()).orElse(Long.MAX_VALUE));

  public CompileResult {
    errors = errors.stream().sorted(BY_PLACE).toList();
    sketch = sketch == null ? GraphSketch.EMPTY : sketch;
  }

  public static CompileResult of(CompiledResourceGroup compiled, GraphSketch sketch) {
    return new CompileResult(Optional.of(compiled), List.of(), sketch);
  }

  public static CompileResult failed(List<CompileError> errors) {
    return failed(errors, GraphSketch.EMPTY);
  }

  public static CompileResult failed(List<CompileError> errors, GraphSketch sketch) {
    return new CompileResult(Optional.empty(), errors, sketch);
  }

  public boolean isValid() {
    return compiled.isPresent();
  }
}
