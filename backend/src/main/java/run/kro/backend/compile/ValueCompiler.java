package run.kro.backend.compile;

import dev.cel.bundle.Cel;
import dev.cel.common.types.CelKind;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import run.kro.backend.api.CompiledValue;
import run.kro.backend.cel.CelTypeNames;
import run.kro.backend.cel.CompiledExpression;
import run.kro.backend.cel.Expression;
import run.kro.backend.cel.ExpressionChecker;
import run.kro.backend.cel.ExpressionExtractor;
import run.kro.backend.cel.ExtractedValue;
import run.kro.backend.cel.NestedExpressionException;
import run.kro.backend.cel.TemplatePart;
import run.kro.backend.cel.TypeCompatibility;

/**
 * Compiles a string value that holds expressions: a standalone expression whose result must fit the
 * expected type, or a string template whose expressions must all be strings and whose place must
 * accept a string (docs/design.md#extraction). Calls of {@code omit()} must suit the value's place
 * ({@link OmitRules}).
 */
final class ValueCompiler {

  /**
   * The type a value must fit, and how to name it in messages (the schema's type, e.g. "integer").
   */
  record Expected(CelType type, String name) {

    static final Expected ANY = new Expected(SimpleType.DYN, "any");

    boolean acceptsString() {
      CelKind kind = CelTypeNames.unwrapOptional(type).kind();
      return kind == CelKind.DYN
          || kind == CelKind.STRING
          || kind == CelKind.ANY
          || kind == CelKind.TIMESTAMP
          || kind == CelKind.DURATION;
    }
  }

  private final ExpressionCompiler expressions;
  private final TypeCompatibility compatibility;
  private final OmitRules omit;

  ValueCompiler(ExpressionCompiler expressions, TypeCompatibility compatibility, OmitRules omit) {
    this.expressions = expressions;
    this.compatibility = compatibility;
    this.omit = omit;
  }

  /**
   * The compiled value, or empty when it holds no expression after all or has errors (reported).
   *
   * @param where what the value's place allows of {@code omit()}
   */
  Optional<CompiledValue> compile(
      String value,
      Expected expected,
      Cel env,
      Set<String> allowed,
      ValuePlace place,
      OmitRules.Place where) {
    Optional<ExtractedValue> extracted = extract(value, place);
    if (extracted.isEmpty() || extracted.get() instanceof ExtractedValue.Literal) {
      return Optional.empty();
    }
    if (extracted.get() instanceof ExtractedValue.Standalone standalone) {
      int offset = standalone.expression().offset();
      return expressions
          .compile(env, standalone.expression(), allowed, place)
          .filter(e -> fits(e, expected, offset, place) && omit.check(e, offset, where, place))
          .map(CompiledValue.Standalone::new);
    }
    ExtractedValue.Template template = (ExtractedValue.Template) extracted.get();
    if (!expected.acceptsString()) {
      place.error(
          "expected " + expected.name() + " type for path " + place.printedPath() + ", got string");
      return Optional.empty();
    }
    return compileTemplate(template, env, allowed, place, where);
  }

  /** A value that must be exactly one expression (readyWhen, includeWhen, forEach, conditions). */
  Optional<CompiledExpression> compileStandalone(
      String value, String context, Cel env, Set<String> allowed, ValuePlace place) {
    return compileStandalone(
        value,
        context,
        env,
        allowed,
        place,
        name -> ExpressionChecker.unknownIdentifiers(List.of(name)));
  }

  Optional<CompiledExpression> compileStandalone(
      String value,
      String context,
      Cel env,
      Set<String> allowed,
      ValuePlace place,
      Function<String, String> outOfScope) {
    Optional<ExtractedValue> extracted = extract(value, place);
    if (extracted.isEmpty()) {
      return Optional.empty();
    }
    if (!(extracted.get() instanceof ExtractedValue.Standalone standalone)) {
      place.error(
          context
              + " \""
              + value
              + "\": only standalone expressions are allowed"
              + (value.endsWith("\n")
                  ? " (a YAML block scalar with | adds a trailing newline; use |- or >-)"
                  : ""));
      return Optional.empty();
    }
    return expressions
        .compile(env, standalone.expression(), allowed, place, outOfScope)
        .filter(
            e ->
                omit.check(
                    e, standalone.expression().offset(), OmitRules.Place.NOT_A_TEMPLATE, place));
  }

  private Optional<CompiledValue> compileTemplate(
      ExtractedValue.Template template,
      Cel env,
      Set<String> allowed,
      ValuePlace place,
      OmitRules.Place where) {
    List<CompiledValue.Part> parts = new ArrayList<>();
    boolean ok = true;
    for (TemplatePart part : template.parts()) {
      if (part instanceof TemplatePart.Text text) {
        parts.add(new CompiledValue.Text(text.text()));
        continue;
      }
      Expression expression = (Expression) part;
      Optional<CompiledExpression> compiled = expressions.compile(env, expression, allowed, place);
      if (compiled.isPresent() && !isString(compiled.get().type())) {
        place.error(
            expression.offset(),
            "expression \""
                + expression.text()
                + "\" in a string template returns type \""
                + CelTypeNames.describe(compiled.get().type())
                + "\", but only strings can be joined into text; convert it "
                + "with string(...)");
        compiled = Optional.empty();
      }
      compiled = compiled.filter(c -> omit.check(c, expression.offset(), where, place));
      ok &= compiled.isPresent();
      compiled.ifPresent(c -> parts.add(new CompiledValue.Interpolation(c)));
    }
    return ok ? Optional.of(new CompiledValue.StringTemplate(parts)) : Optional.empty();
  }

  private boolean fits(
      CompiledExpression expression, Expected expected, int offset, ValuePlace place) {
    Optional<String> why = compatibility.mismatch(expression.type(), expected.type());
    why.ifPresent(
        reason ->
            place.error(
                offset,
                "type mismatch: expression \""
                    + expression.text()
                    + "\" returns type \""
                    + CelTypeNames.describe(expression.type())
                    + "\" but expected \""
                    + expected.name()
                    + "\" ("
                    + reason
                    + ")"));
    return why.isEmpty();
  }

  private static boolean isString(CelType type) {
    CelKind kind = CelTypeNames.unwrapOptional(type).kind();
    return kind == CelKind.STRING || kind == CelKind.DYN;
  }

  private static Optional<ExtractedValue> extract(String value, ValuePlace place) {
    try {
      return Optional.of(ExpressionExtractor.extract(value));
    } catch (NestedExpressionException e) {
      place.error(e.offset(), e.getMessage());
      return Optional.empty();
    }
  }
}
