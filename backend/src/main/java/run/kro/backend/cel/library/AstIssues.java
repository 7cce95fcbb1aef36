package run.kro.backend.cel.library;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelSourceLocation;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.navigation.CelNavigableExpr;
import java.util.stream.Stream;

/** Helpers of the checks this package runs on checked ASTs, after cel-java's own type-check. */
final class AstIssues {

  private AstIssues() {}

  /** Every call of {@code function} with a receiver, in the AST. */
  static Stream<CelExpr> receiverCalls(CelAbstractSyntaxTree ast, String function) {
    return CelNavigableAst.fromAst(ast)
        .getRoot()
        .allNodes()
        .map(CelNavigableExpr::expr)
        .filter(
            e ->
                e.getKind() == CelExpr.ExprKind.Kind.CALL
                    && e.call().function().equals(function)
                    && e.call().target().isPresent());
  }

  /** An error at the position of expression {@code exprId}. */
  static CelIssue at(CelAbstractSyntaxTree ast, long exprId, String message) {
    int offset = ast.getSource().getPositionsMap().getOrDefault(exprId, 0);
    CelSourceLocation location =
        ast.getSource().getOffsetLocation(offset).orElse(CelSourceLocation.NONE);
    return CelIssue.formatError(exprId, location, message);
  }
}
