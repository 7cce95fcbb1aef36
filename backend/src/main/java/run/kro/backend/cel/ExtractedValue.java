package run.kro.backend.cel;

import java.util.List;

/**
 * What a string value from a template holds: plain text, exactly one expression that replaces the
 * whole value (any type), or text and expressions interleaved that together make one string.
 */
public sealed interface ExtractedValue
    permits ExtractedValue.Literal, ExtractedValue.Standalone, ExtractedValue.Template {

  /** All expressions in the value, in order of appearance. */
  List<Expression> expressions();

  /** A value with no expression in it; an unterminated {@code ${} counts as text. */
  record Literal(String text) implements ExtractedValue {
    @Override
    public List<Expression> expressions() {
      return List.of();
    }
  }

  /** A value that is exactly one {@code ${…}}; its result replaces the field, whatever its type. */
  record Standalone(Expression expression) implements ExtractedValue {
    @Override
    public List<Expression> expressions() {
      return List.of(expression);
    }
  }

  /**
   * Literal text and expressions mixed, such as {@code ${schema.metadata.name}-svc}. It compiles as
   * one CEL expression that concatenates the parts, so every expression must give a string.
   */
  record Template(List<TemplatePart> parts) implements ExtractedValue {

    public Template {
      parts = List.copyOf(parts);
    }

    @Override
    public List<Expression> expressions() {
      return parts.stream()
          .filter(Expression.class::isInstance)
          .map(Expression.class::cast)
          .toList();
    }

    /** The single CEL expression this template compiles to: {@code "lit" + (e1) + "lit" + (e2)}. */
    public ConcatenatedExpression toCel() {
      return ConcatenatedExpression.of(parts);
    }
  }
}
