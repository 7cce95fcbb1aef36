package run.kro.ui.rg;

import java.util.List;
import java.util.Optional;
import run.kro.backend.diagnostics.CompileError;
import run.kro.backend.api.CompileResult;
import run.kro.ui.graph.GraphModel;

/**
 * What the editor shows for the text being typed: the compiler's errors, the graph as far as it is known, and, once
 * the ResourceGroup compiles, its instance kind, the generated CRD's schema and a sample instance (as YAML).
 */
public record DraftCheck(CompileResult result, GraphModel graph, Optional<String> instanceKind,
    Optional<String> crdSchema, Optional<String> sampleInstance) {

  public List<CompileError> errors() {
    return result.errors();
  }

  public boolean isValid() {
    return result.isValid();
  }
}
