package run.kro.backend.compile;

import dev.cel.bundle.Cel;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import run.kro.backend.cel.CompiledExpression;
import run.kro.backend.cel.Expression;
import run.kro.backend.cel.ExpressionChecker;
import run.kro.backend.cel.ExpressionIssue;

/**
 * Compiles one {@code ${...}} at its place in the document: parse, type-check, and keep it to the
 * variables its context allows. Errors are reported at the character of the expression they
 * concern.
 */
final class ExpressionCompiler {

  private final ExpressionChecker checker = new ExpressionChecker();
  private final Set<String> declared;

  /**
   * @param declared every variable any environment of this graph declares
   */
  ExpressionCompiler(Set<String> declared) {
    this.declared = declared;
  }

  /**
   * Type-checks the expressions of one environment in one pass; see {@link
   * ExpressionChecker#prepare}.
   */
  void prepare(Cel env, Collection<String> texts) {
    checker.prepare(env, texts);
  }

  Optional<CompiledExpression> compile(
      Cel env, Expression expression, Set<String> allowed, ValuePlace place) {
    return compile(
        env,
        expression,
        allowed,
        place,
        name -> ExpressionChecker.unknownIdentifiers(List.of(name)));
  }

  Optional<CompiledExpression> compile(
      Cel env,
      Expression expression,
      Set<String> allowed,
      ValuePlace place,
      Function<String, String> outOfScope) {
    if (expression.text().isBlank()) {
      place.error(expression.offset(), "empty expression");
      return Optional.empty();
    }
    ExpressionChecker.Result result =
        checker.check(env, expression.text(), declared, allowed, outOfScope);
    if (result instanceof ExpressionChecker.Failed failed) {
      for (ExpressionIssue issue : failed.issues()) {
        place.error(expression.offset() + issue.offset(), issue.message());
      }
      return Optional.empty();
    }
    return Optional.of(((ExpressionChecker.Checked) result).expression());
  }
}
