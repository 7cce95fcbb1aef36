package run.kro.backend.cel;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import java.util.List;
import run.kro.backend.cel.library.OmitLibrary;

/** Where an expression calls {@code omit()}, found in its checked AST. */
public final class OmitCalls {

  private OmitCalls() {}

  /**
   * The offsets of the {@code omit()} calls in the expression text, in order; empty when there are
   * none.
   */
  public static List<Integer> offsets(CelAbstractSyntaxTree ast) {
    String text = ast.getSource().getContent().toString();
    return CelNavigableAst.fromAst(ast)
        .getRoot()
        .allNodes()
        .map(node -> node.expr())
        .filter(OmitCalls::isOmit)
        .map(expr -> start(text, ast.getSource().getPositionsMap().getOrDefault(expr.id(), 0)))
        .sorted()
        .toList();
  }

  private static boolean isOmit(CelExpr expr) {
    return expr.getKind() == CelExpr.ExprKind.Kind.CALL
        && expr.call().function().equals(OmitLibrary.FUNCTION)
        && expr.call().target().isEmpty()
        && expr.call().args().isEmpty();
  }

  /** A call's position is its opening parenthesis; errors point at the function name before it. */
  private static int start(String text, int parenthesis) {
    int end = parenthesis;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end - OmitLibrary.FUNCTION.length();
    return start >= 0 && text.startsWith(OmitLibrary.FUNCTION, start) ? start : parenthesis;
  }
}
