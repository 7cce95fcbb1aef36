package run.kro.backend.api;

import java.util.List;
import run.kro.backend.cel.CompiledExpression;

/** What a field holding {@code ${...}} evaluates: one expression (any type) or a string template. */
public sealed interface CompiledValue permits CompiledValue.Standalone, CompiledValue.StringTemplate {

  /** The whole value is one expression; its result replaces the field, whatever its type. */
  record Standalone(CompiledExpression expression) implements CompiledValue {}

  /** Text with expressions in it; every expression yields a string and the parts are joined. */
  record StringTemplate(List<Part> parts) implements CompiledValue {

    public StringTemplate {
      parts = List.copyOf(parts);
    }
  }

  /** A piece of a string template. */
  sealed interface Part permits Text, Interpolation {}

  record Text(String text) implements Part {}

  record Interpolation(CompiledExpression expression) implements Part {}
}
