package run.kro.backend.cli;

import java.util.List;
import java.util.Map;
import run.kro.backend.api.CompileResult;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.diagnostics.CompileError;

/**
 * What validating a set of files found: errors per file, the compiled ResourceGroups, and what was
 * looked at.
 */
public record WorkspaceResult(
    Map<InputFile, List<CompileError>> errors,
    List<CompiledResourceGroup> compiled,
    int resourceGroups,
    int instances,
    int crds,
    List<String> skipped) {

  public boolean isValid() {
    return errors.values().stream().allMatch(List::isEmpty);
  }

  public int errorCount() {
    return errors.values().stream().mapToInt(List::size).sum();
  }

  /**
   * Every error as {@code FILE:LINE:COL: resource "ID" PATH: MESSAGE}, file by file, in reading
   * order.
   */
  public List<String> errorLines() {
    return errors.entrySet().stream()
        .flatMap(
            e ->
                CompileResult.failed(e.getValue()).errors().stream()
                    .map(error -> error.describeIn(e.getKey().displayName())))
        .toList();
  }
}
