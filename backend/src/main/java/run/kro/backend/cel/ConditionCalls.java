package run.kro.backend.cel;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import java.util.List;
import java.util.stream.Stream;
import run.kro.backend.cel.library.RuntimeConditionsLibrary;

/** What a status condition expression declares and reads, found in its checked AST. */
public final class ConditionCalls {

  private static final String NEW_CONDITION = "runtime.newCondition";
  private static final String CONDITION = "runtime.condition";

  private ConditionCalls() {}

  /** The literal {@code type}s of the conditions the expression builds. */
  public static List<String> declaredTypes(CelAbstractSyntaxTree ast) {
    return calls(ast, NEW_CONDITION)
        .flatMap(call -> call.args().get(0).map().entries().stream())
        .filter(
            entry ->
                RuntimeConditionsLibrary.literal(entry.key()).filter("type"::equals).isPresent())
        .flatMap(entry -> RuntimeConditionsLibrary.literal(entry.value()).stream())
        .toList();
  }

  /**
   * The literal condition types read from {@code schema} with {@code runtime.condition(schema,
   * 'Type')}.
   */
  public static List<String> typesReadFrom(CelAbstractSyntaxTree ast, String variable) {
    return calls(ast, CONDITION)
        .filter(
            call ->
                call.args().get(0).getKind() == CelExpr.ExprKind.Kind.IDENT
                    && call.args().get(0).ident().name().equals(variable))
        .flatMap(call -> RuntimeConditionsLibrary.literal(call.args().get(1)).stream())
        .toList();
  }

  private static Stream<CelExpr.CelCall> calls(CelAbstractSyntaxTree ast, String function) {
    return CelNavigableAst.fromAst(ast)
        .getRoot()
        .allNodes()
        .map(node -> node.expr())
        .filter(
            expr ->
                expr.getKind() == CelExpr.ExprKind.Kind.CALL
                    && expr.call().function().equals(function)
                    && expr.call().args().size() == (function.equals(NEW_CONDITION) ? 1 : 2))
        .map(CelExpr::call);
  }
}
