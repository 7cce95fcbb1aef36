package run.kro.backend.cel.library;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.CelKind;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import run.kro.backend.cel.library.FormatString.FormatException;

/**
 * The compile-time side of {@code string.format}, as cel-go validates it after type-checking: a
 * call whose format is a string literal and whose arguments are a list literal must parse, give
 * each clause an argument of a type it takes ({@code dyn} passes), and use every argument. Problems
 * are reported at the argument at fault, or else at the call.
 */
final class FormatCallCheck implements FormatString.Arguments {

  private static final Set<CelKind> STRING_KINDS =
      Set.of(
          CelKind.LIST,
          CelKind.MAP,
          CelKind.INT,
          CelKind.UINT,
          CelKind.DOUBLE,
          CelKind.BOOL,
          CelKind.STRING,
          CelKind.TIMESTAMP,
          CelKind.BYTES,
          CelKind.DURATION,
          CelKind.TYPE,
          CelKind.NULL_TYPE);
  private static final Set<CelKind> NUMBER_KINDS =
      Set.of(CelKind.INT, CelKind.UINT, CelKind.DOUBLE);
  private static final Set<CelKind> INTEGER_KINDS = Set.of(CelKind.INT, CelKind.UINT);

  private final CelAbstractSyntaxTree ast;
  private final List<CelExpr> arguments;
  private int requested;

  private FormatCallCheck(CelAbstractSyntaxTree ast, List<CelExpr> arguments) {
    this.ast = ast;
    this.arguments = arguments;
  }

  /** The problems of every literal {@code format} call in a checked AST. */
  static List<CelIssue> issues(CelAbstractSyntaxTree ast) {
    return AstIssues.receiverCalls(ast, FormatLibrary.FUNCTION)
        .filter(FormatCallCheck::isLiteralCall)
        .flatMap(call -> check(ast, call).stream())
        .toList();
  }

  private static boolean isLiteralCall(CelExpr expr) {
    CelExpr.CelCall call = expr.call();
    return call.target()
            .filter(
                t ->
                    t.getKind() == CelExpr.ExprKind.Kind.CONSTANT
                        && t.constant().getKind() == CelConstant.Kind.STRING_VALUE)
            .isPresent()
        && call.args().size() == 1
        && call.args().get(0).getKind() == CelExpr.ExprKind.Kind.LIST;
  }

  private static Optional<CelIssue> check(CelAbstractSyntaxTree ast, CelExpr call) {
    FormatCallCheck check = new FormatCallCheck(ast, call.call().args().get(0).list().elements());
    try {
      FormatString.apply(call.call().target().orElseThrow().constant().stringValue(), check);
    } catch (FormatException e) {
      return Optional.of(AstIssues.at(ast, e.culprit().orElse(call.id()), e.getMessage()));
    }
    if (check.arguments.size() > check.requested) {
      return Optional.of(
          AstIssues.at(
              ast,
              call.id(),
              "too many arguments supplied to string.format (expected "
                  + check.requested
                  + ", got "
                  + check.arguments.size()
                  + ")"));
    }
    return Optional.empty();
  }

  @Override
  public int size() {
    return arguments.size();
  }

  @Override
  public void request(int index) {
    requested++;
  }

  @Override
  public String apply(int index, char verb, int precision) throws FormatException {
    switch (verb) {
      case 's' -> {
        Optional<CelExpr> bad = badForString(arguments.get(index));
        if (bad.isPresent()) {
          throw error(
              "string clause can only be used on strings, bools, bytes, ints, doubles, maps, lists, types, "
                  + "durations, and timestamps",
              bad.get());
        }
      }
      case 'd' ->
          require(
              index, NUMBER_KINDS, "decimal clause can only be used on ints, uints, and doubles");
      case 'f' ->
          require(
              index,
              NUMBER_KINDS,
              "fixed-point clause can only be used on ints, uints, and doubles");
      case 'e' ->
          require(
              index,
              NUMBER_KINDS,
              "scientific clause can only be used on ints, uints, and doubles");
      case 'b' ->
          require(
              index,
              Set.of(CelKind.INT, CelKind.UINT, CelKind.BOOL),
              "only ints, uints, and bools can be formatted as binary");
      case 'o' -> require(index, INTEGER_KINDS, "octal clause can only be used on ints and uints");
      default ->
          require(
              index,
              Set.of(CelKind.INT, CelKind.UINT, CelKind.STRING, CelKind.BYTES),
              "only ints, uints, bytes, and strings can be formatted as hex");
    }
    return "";
  }

  private void require(int index, Set<CelKind> kinds, String expected) throws FormatException {
    CelExpr argument = arguments.get(index);
    if (!fits(argument, kinds)) {
      throw error(expected, argument);
    }
  }

  /** The first (sub)expression {@code %s} cannot take, looking into list and map literals. */
  private Optional<CelExpr> badForString(CelExpr expr) {
    if (!fits(expr, STRING_KINDS)) {
      return Optional.of(expr);
    }
    List<CelExpr> parts = new ArrayList<>();
    if (expr.getKind() == CelExpr.ExprKind.Kind.LIST) {
      parts.addAll(expr.list().elements());
    } else if (expr.getKind() == CelExpr.ExprKind.Kind.MAP) {
      expr.map()
          .entries()
          .forEach(
              entry -> {
                parts.add(entry.key());
                parts.add(entry.value());
              });
    }
    return parts.stream().map(this::badForString).flatMap(Optional::stream).findFirst();
  }

  private boolean fits(CelExpr expr, Set<CelKind> kinds) {
    CelType type = ast.getType(expr.id()).orElse(SimpleType.DYN);
    return type.kind() == CelKind.DYN || kinds.contains(type.kind());
  }

  private FormatException error(String expected, CelExpr at) {
    String type = ast.getType(at.id()).map(CelType::name).orElse("dyn");
    return new FormatException(expected + ", was given " + type, OptionalLong.of(at.id()));
  }
}
