package run.kro.backend.cel;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.types.CelType;
import dev.cel.runtime.CelRuntime;
import java.util.Set;

/**
 * A type-checked CEL expression, ready to evaluate. {@code references} are the declared variables
 * it reads (resource ids, {@code schema}, iterators), from which dependencies are inferred. The
 * program is immutable and thread-safe.
 */
public record CompiledExpression(
    String text,
    CelAbstractSyntaxTree ast,
    CelRuntime.Program program,
    CelType type,
    Set<String> references) {

  public CompiledExpression {
    references = Set.copyOf(references);
  }
}
