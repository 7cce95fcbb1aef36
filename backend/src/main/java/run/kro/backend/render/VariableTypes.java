package run.kro.backend.render;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelReference;
import dev.cel.common.types.CelType;
import dev.cel.common.types.StructTypeReference;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import run.kro.backend.cel.CompiledExpression;

/**
 * The CEL type the compiler declared for each variable, read back from the checked expressions:
 * every identifier that names a declared variable carries the variable's declared type in the AST's
 * type map. Only variables some expression reads are found, which are the only ones whose runtime
 * values matter. A bare struct reference (a name without fields) is passed over for a full
 * declaration.
 */
final class VariableTypes {

  private VariableTypes() {}

  /**
   * The types of {@code names} as {@code expressions} read them; names no expression reads are
   * absent.
   */
  static Map<String, CelType> of(Stream<CompiledExpression> expressions, Set<String> names) {
    Map<String, CelType> types = new HashMap<>();
    expressions.forEach(expression -> collect(expression.ast(), names, types));
    return types;
  }

  private static void collect(
      CelAbstractSyntaxTree ast, Set<String> names, Map<String, CelType> types) {
    for (Map.Entry<Long, CelReference> entry : ast.getReferenceMap().entrySet()) {
      CelReference reference = entry.getValue();
      if (!reference.overloadIds().isEmpty() || !names.contains(reference.name())) {
        continue;
      }
      CelType type = ast.getTypeMap().get(entry.getKey());
      CelType known = types.get(reference.name());
      if (type != null && (known == null || known instanceof StructTypeReference)) {
        types.put(reference.name(), type);
      }
    }
  }
}
