package run.kro.backend.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import run.kro.backend.api.CompiledValue;
import run.kro.backend.api.Evaluated;
import run.kro.backend.cel.CompiledExpression;
import run.kro.backend.cel.JsonCelValues;
import run.kro.backend.cel.library.Omitted;

/**
 * Evaluates one field value into JSON (docs/design.md#extraction): a standalone expression's result
 * replaces the field whatever its type; a string template joins its text and the strings its
 * expressions return. An optional with no value, or {@code omit()}, gives a missing node, which
 * removes the field; {@code omit()} in a string template is an error.
 */
final class FieldEvaluator {

  private final ExpressionEvaluator evaluator;

  FieldEvaluator(ExpressionEvaluator evaluator) {
    this.evaluator = evaluator;
  }

  Evaluated<JsonNode> evaluate(
      CompiledValue value, Map<String, Object> locals, EvaluationPlace place) {
    if (value instanceof CompiledValue.Standalone standalone) {
      Evaluated<Object> result =
          place.settle(
              standalone.expression(), evaluator.evaluate(standalone.expression(), locals));
      return result instanceof Evaluated.Value<Object> v
          ? Evaluated.value(JsonCelValues.toJson(v.value()))
          : Unresolved.carry(result);
    }
    StringBuilder text = new StringBuilder();
    for (CompiledValue.Part part : ((CompiledValue.StringTemplate) value).parts()) {
      if (part instanceof CompiledValue.Text literal) {
        text.append(literal.text());
        continue;
      }
      CompiledExpression expression = ((CompiledValue.Interpolation) part).expression();
      Evaluated<Object> result = place.settle(expression, evaluator.evaluate(expression, locals));
      if (!(result instanceof Evaluated.Value<Object> v)) {
        return Unresolved.carry(result);
      }
      Object string = CelOptionals.orElse(v.value(), "");
      if (string == Omitted.VALUE) {
        return Evaluated.failed(
            place.failed(
                expression,
                "omit() cannot be used in a string template: it removes "
                    + "the whole field, so it must be the field's only expression"));
      }
      if (!(string instanceof String s)) {
        return Evaluated.failed(
            place.failed(
                expression,
                "returned "
                    + RuntimeTypeNames.of(string)
                    + " in a string template, expected string"));
      }
      text.append(s);
    }
    return Evaluated.value(JsonCelValues.toJson(text.toString()));
  }
}
