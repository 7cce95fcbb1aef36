package run.kro.backend.cel.library;

import com.google.common.collect.ImmutableList;
import dev.cel.checker.CelCheckerBuilder;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.ListType;
import dev.cel.common.types.TypeParamType;
import dev.cel.parser.CelMacro;
import dev.cel.parser.CelMacroExprFactory;
import dev.cel.parser.CelParserBuilder;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntimeBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import run.kro.backend.cel.library.CelOrdering.Kind;

/**
 * cel-go's {@code <list(T)>.sortBy(x, key)}: the list ordered by each element's key, typed {@code
 * list(T)}. Keys must be of one orderable type (int, uint, double, bool, duration, timestamp,
 * string, bytes), which the checker enforces for typed keys and the runtime for {@code dyn} ones
 * ("list elements must have the same type"). Used instead of cel-java's own sortBy, whose result is
 * typed {@code list(list(dyn))}.
 *
 * <p>Like cel-go, the macro binds the list once and sorts it by the keys its map gives: {@code
 * sortBy(list, x, k)} becomes {@code @in.@sortByAssociatedKeys(@in.map(x, k))} with {@code @in}
 * bound to the list. The sort is stable.
 */
public final class SortByLibrary implements KroLibrary {

  static final String FUNCTION = "@sortByAssociatedKeys";
  private static final String INPUT = "@__sortBy_input__";
  private static final String DYNAMIC_OVERLOAD = "list_dyn_sortByAssociatedKeys";
  private static final TypeParamType T = TypeParamType.create("T");
  private static final Set<CelExpr.ExprKind.Kind> TARGETS =
      Set.of(
          CelExpr.ExprKind.Kind.LIST,
          CelExpr.ExprKind.Kind.SELECT,
          CelExpr.ExprKind.Kind.IDENT,
          CelExpr.ExprKind.Kind.COMPREHENSION,
          CelExpr.ExprKind.Kind.CALL);

  static final List<DynamicDispatch.Family> FAMILIES =
      List.of(
          new DynamicDispatch.Family(
              DYNAMIC_OVERLOAD,
              Arrays.stream(Kind.values())
                  .map(SortByLibrary::overloadId)
                  .collect(Collectors.toUnmodifiableSet())));

  @Override
  public void setParserOptions(CelParserBuilder parser) {
    parser.addMacros(CelMacro.newReceiverMacro("sortBy", 2, SortByLibrary::expand));
  }

  @Override
  public void setCheckerOptions(CelCheckerBuilder checker) {
    List<CelOverloadDecl> overloads = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      overloads.add(
          CelOverloadDecl.newMemberOverload(
              overloadId(kind),
              ListType.create(T),
              ListType.create(T),
              ListType.create(kind.type)));
    }
    checker.addFunctionDeclarations(CelFunctionDecl.newFunctionDeclaration(FUNCTION, overloads));
  }

  @Override
  public void setRuntimeOptions(CelRuntimeBuilder runtime) {
    List<CelFunctionBinding> bindings = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      bindings.add(
          CelFunctionBinding.from(
              overloadId(kind), List.class, List.class, SortByLibrary::sortByKeys));
    }
    bindings.add(
        CelFunctionBinding.from(
            DYNAMIC_OVERLOAD, List.class, List.class, SortByLibrary::sortByKeys));
    runtime.addFunctionBindings(bindings);
  }

  private static String overloadId(Kind kind) {
    return "list_" + kind.celName() + "_sortByAssociatedKeys";
  }

  private static Optional<CelExpr> expand(
      CelMacroExprFactory factory, CelExpr target, ImmutableList<CelExpr> args) {
    if (!TARGETS.contains(target.getKind())) {
      return Optional.of(
          factory.reportError(
              CelIssue.formatError(
                  factory.getSourceLocation(target),
                  "sortBy can only be applied to a list, identifier, comprehension, call or select expression")));
    }
    if (args.get(0).getKind() != CelExpr.ExprKind.Kind.IDENT) {
      return Optional.of(
          factory.reportError(
              CelIssue.formatError(
                  factory.getSourceLocation(args.get(0)), "argument is not an identifier")));
    }
    Optional<CelExpr> keys =
        CelStandardMacro.MAP
            .getDefinition()
            .getExpander()
            .expandMacro(factory, factory.newIdentifier(INPUT), args);
    if (keys.isEmpty()) {
      return Optional.empty();
    }
    CelExpr sorted = factory.newReceiverCall(FUNCTION, factory.newIdentifier(INPUT), keys.get());
    return Optional.of(
        factory.fold(
            "#unused",
            factory.newList(),
            INPUT,
            target,
            factory.newBoolLiteral(false),
            factory.newIdentifier(INPUT),
            sorted));
  }

  static List<Object> sortByKeys(List<?> list, List<?> keys) throws CelEvaluationException {
    if (list.size() != keys.size()) {
      throw new CelEvaluationException(
          "@sortByAssociatedKeys() expected a list of the same size as the associated "
              + "keys list, but got "
              + list.size()
              + " and "
              + keys.size()
              + " elements respectively");
    }
    if (list.isEmpty()) {
      return List.of();
    }
    Optional<Kind> kind = CelOrdering.kindOf(keys.get(0));
    if (kind.isEmpty()) {
      throw new CelEvaluationException("list elements must be comparable");
    }
    for (Object key : keys) {
      if (!CelOrdering.kindOf(key).equals(kind)) {
        throw new CelEvaluationException("list elements must have the same type");
      }
    }
    // keys of one kind always compare, except NaN, which cel-go leaves unordered: here it sorts
    // last
    Comparator<Integer> byKey =
        (i, j) ->
            CelOrdering.compare(keys.get(i), keys.get(j))
                .orElseGet(() -> Double.compare((Double) keys.get(i), (Double) keys.get(j)));
    return IntStream.range(0, list.size())
        .boxed()
        .sorted(byKey)
        .map(list::get)
        .collect(Collectors.toUnmodifiableList());
  }
}
