package run.kro.ui.rg;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import run.kro.backend.api.CompileResult;
import run.kro.backend.diagnostics.CompileError;
import run.kro.ui.graph.GraphModel;

/**
 * What the editor shows for the text being typed: the compiler's errors, then the cluster's
 * refusals the controller would report for a ResourceGroup that compiles ({@code conflicts}: its
 * kind is another's), the graph as far as it is known, and, once the ResourceGroup compiles, its
 * instance kind, the generated CRD's schema and a sample instance (as YAML).
 */
public record DraftCheck(
    CompileResult result,
    List<CompileError> conflicts,
    GraphModel graph,
    Optional<String> instanceKind,
    Optional<String> crdSchema,
    Optional<String> sampleInstance) {

  public DraftCheck {
    conflicts = List.copyOf(conflicts);
  }

  public List<CompileError> errors() {
    return Stream.concat(result.errors().stream(), conflicts.stream()).toList();
  }

  public boolean isValid() {
    return result.isValid() && conflicts.isEmpty();
  }
}
