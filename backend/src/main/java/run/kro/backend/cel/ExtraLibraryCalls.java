package run.kro.backend.cel;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.extensions.CelExtensionLibrary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Calls of cel-java's extra libraries ({@code math.*}, {@code sets.*}, {@code regex.*}) in an
 * environment without them. cel-java reports such a call as an unknown namespace plus an unknown
 * function, or a failed overload of a function of the same name ({@code sets.contains} meets {@code
 * string.contains}); one issue that names the extras and how to turn them on replaces those.
 */
final class ExtraLibraryCalls {

  static final String OFF =
      " from cel-java's extra CEL libraries (math.*, sets.*, regex.*), which upstream kro does not"
          + " offer: set kro.controller.cel-extra-libraries=true for the controller, or pass"
          + " --cel-extra-libraries to the kro command";

  /** The extras' functions by the names expressions call them, {@code math.greatest}. */
  private static final Set<String> FUNCTIONS = functions();

  /** A call {@code namespace.function(...)}, with the offsets of the namespace and of the call. */
  private record Call(String namespace, String function, int namespaceOffset, int callOffset) {

    String name() {
      return namespace + "." + function;
    }
  }

  private ExtraLibraryCalls() {}

  /**
   * {@code issues}, the type-checker's for {@code parsed}, with those of its calls of the extras
   * replaced by one explaining them, at the place of the first; unchanged when the environment has
   * the extras (then their namespaces are known) or the expression does not call them.
   */
  static List<ExpressionIssue> explain(CelAbstractSyntaxTree parsed, List<ExpressionIssue> issues) {
    List<Call> calls = calls(parsed);
    boolean extrasOff =
        calls.stream()
            .anyMatch(
                call ->
                    issues.contains(
                        new ExpressionIssue(
                            call.namespaceOffset(),
                            ExpressionChecker.unknownIdentifiers(List.of(call.namespace())))));
    if (!extrasOff) {
      return issues;
    }
    Set<Integer> explained = new TreeSet<>();
    Set<String> names = new LinkedHashSet<>();
    for (Call call : calls) {
      explained.add(call.namespaceOffset());
      explained.add(call.callOffset());
      names.add(call.name());
    }
    List<ExpressionIssue> result = new ArrayList<>();
    boolean said = false;
    for (ExpressionIssue issue : issues) {
      if (!explained.contains(issue.offset())) {
        result.add(issue);
      } else if (!said) {
        result.add(new ExpressionIssue(calls.get(0).namespaceOffset(), subject(names) + OFF));
        said = true;
      }
    }
    return result;
  }

  /** "math.greatest is", "math.abs and math.sign are". */
  private static String subject(Set<String> names) {
    List<String> list = List.copyOf(names);
    if (list.size() == 1) {
      return list.get(0) + " is";
    }
    return String.join(", ", list.subList(0, list.size() - 1))
        + " and "
        + list.get(list.size() - 1)
        + " are";
  }

  private static List<Call> calls(CelAbstractSyntaxTree parsed) {
    String text = parsed.getSource().getContent().toString();
    return CelNavigableAst.fromAst(parsed)
        .getRoot()
        .allNodes()
        .map(node -> node.expr())
        .filter(ExtraLibraryCalls::isExtra)
        .map(
            expr ->
                new Call(
                    expr.call().target().get().ident().name(),
                    expr.call().function(),
                    offset(parsed, text, expr.call().target().get()),
                    offset(parsed, text, expr)))
        .sorted(Comparator.comparingInt(Call::namespaceOffset))
        .toList();
  }

  private static boolean isExtra(CelExpr expr) {
    return expr.getKind() == CelExpr.ExprKind.Kind.CALL
        && expr.call().target().filter(t -> t.getKind() == CelExpr.ExprKind.Kind.IDENT).isPresent()
        && FUNCTIONS.contains(
            expr.call().target().get().ident().name() + "." + expr.call().function());
  }

  /** The offset of {@code expr} in the text, counted as the checker's issues count it. */
  private static int offset(CelAbstractSyntaxTree ast, String text, CelExpr expr) {
    int position = ast.getSource().getPositionsMap().getOrDefault(expr.id(), 0);
    return ast.getSource()
        .getOffsetLocation(position)
        .map(location -> TextOffsets.offsetOf(text, location.getLine(), location.getColumn()))
        .orElse(0);
  }

  private static Set<String> functions() {
    Set<String> names = new TreeSet<>();
    for (CelExtensionLibrary.FeatureSet library : KroCelEnvironment.extras()) {
      List<String> declared = library.functions().stream().map(CelFunctionDecl::name).toList();
      // math.greatest and math.least are macros over the internal math.@max and math.@min; a macro
      // has no namespace of its own, so it takes its library's.
      String namespace = declared.get(0).substring(0, declared.get(0).indexOf('.'));
      declared.stream().filter(name -> !name.contains("@")).forEach(names::add);
      library.macros().forEach(macro -> names.add(namespace + "." + macro.getFunction()));
    }
    return names;
  }
}
