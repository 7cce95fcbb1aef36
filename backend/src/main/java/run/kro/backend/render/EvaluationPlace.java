package run.kro.backend.render;

import run.kro.backend.api.Evaluated;
import run.kro.backend.cel.CompiledExpression;

/**
 * Where an expression is evaluated, so that pending reasons and failures name the resource, the
 * field and the expression text: {@code resource "web" spec.replicas: expression
 * "${schema.spec.replicas / 0}" failed: / by zero}.
 *
 * @param resourceId empty for instance status fields and conditions
 * @param path the field path, or the list the expression belongs to such as {@code includeWhen[0]}
 */
record EvaluationPlace(String resourceId, String path) {

  static EvaluationPlace status(String path) {
    return new EvaluationPlace("", path);
  }

  /** The outcome as an {@link Evaluated}, with the value passed through unchanged. */
  Evaluated<Object> settle(CompiledExpression expression, Outcome outcome) {
    if (outcome instanceof Outcome.Value value) {
      return Evaluated.value(value.value());
    }
    if (outcome instanceof Outcome.Missing missing) {
      return Evaluated.pending(waiting(expression, missing.detail()));
    }
    return Evaluated.failed(failed(expression, ((Outcome.Error) outcome).detail()));
  }

  String waiting(CompiledExpression expression, String detail) {
    return prefix() + "expression " + quoted(expression) + " is waiting for data: " + detail;
  }

  String failed(CompiledExpression expression, String detail) {
    return prefix() + "expression " + quoted(expression) + " failed: " + detail;
  }

  /**
   * A failure that is about the place rather than one expression, e.g. a collection over the limit.
   */
  String failed(String detail) {
    return prefix() + detail;
  }

  static String quoted(CompiledExpression expression) {
    return "\"${" + expression.text() + "}\"";
  }

  private String prefix() {
    StringBuilder out = new StringBuilder();
    if (!resourceId.isEmpty()) {
      out.append("resource \"").append(resourceId).append("\" ");
    }
    if (!path.isEmpty()) {
      out.append(path).append(": ");
    } else if (out.length() > 0) {
      out.setLength(out.length() - 1);
      out.append(": ");
    }
    return out.toString();
  }
}
