package run.kro.backend.api;

import java.util.List;
import run.kro.backend.cel.CompiledExpression;

/**
 * What a field holding {@code ${...}} evaluates: one expression (any type) or a string template.
 */
public sealed interface CompiledValue
    permits CompiledValue.Standalone, CompiledValue.StringTemplate {

  /** Every expression the value evaluates, in order. */
  List<CompiledExpression> expressions();

  /** The whole value is one expression; its result replaces the field, whatever its type. */
  record Standalone(CompiledExpression expression) implements CompiledValue {

    @Override
    public List<CompiledExpression> expressions() {
      return List.of(expression);
    }
  }

  /** Text with expressions in it; every expression yields a string and the parts are joined. */
  record StringTemplate(List<Part> parts) implements CompiledValue {

    public StringTemplate {
      parts = List.copyOf(parts);
    }

    @Override
    public List<CompiledExpression> expressions() {
      return parts.stream()
          .filter(Interpolation.class::isInstance)
          .map(p -> ((Interpolation) p).expression())
          .toList();
    }
  }

  /** A piece of a string template. */
  sealed interface Part permits Text, Interpolation {}

  record Text(String text) implements Part {}

  record Interpolation(CompiledExpression expression) implements Part {}
}
