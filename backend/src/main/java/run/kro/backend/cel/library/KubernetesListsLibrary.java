package run.kro.backend.cel.library;

import com.google.common.primitives.UnsignedLong;
import dev.cel.checker.CelCheckerBuilder;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOptions;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.TypeParamType;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelFunctionOverload;
import dev.cel.runtime.CelRuntimeBuilder;
import dev.cel.runtime.RuntimeEquality;
import dev.cel.runtime.RuntimeHelpers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import run.kro.backend.cel.library.CelOrdering.Kind;

/**
 * Kubernetes' list functions: {@code <list>.isSorted()}, {@code .sum()}, {@code .min()}, {@code
 * .max()} (one overload per element type, so {@code ['a'].sum()} is refused when checked), {@code
 * .indexOf(x)} and {@code .lastIndexOf(x)} (-1 when absent, CEL equality, so {@code
 * [1].indexOf(dyn(1.0))} is 0). {@code sum} of an empty list is the element type's zero; {@code
 * min} and {@code max} of one fail ("min called on empty list"); int and uint sums fail on
 * overflow. On {@code dyn} lists the first element picks the overload, and elements of another type
 * fail, as in Kubernetes.
 */
public final class KubernetesListsLibrary implements KroLibrary {

  private static final List<Kind> COMPARABLE = List.of(Kind.values());
  private static final List<Kind> SUMMABLE =
      List.of(Kind.INT, Kind.UINT, Kind.DOUBLE, Kind.DURATION);
  private static final Map<Kind, Object> ZERO =
      Map.of(
          Kind.INT,
          0L,
          Kind.UINT,
          UnsignedLong.ZERO,
          Kind.DOUBLE,
          0.0,
          Kind.DURATION,
          Duration.ZERO);
  private static final TypeParamType A = TypeParamType.create("A");
  private static final RuntimeEquality EQUALITY =
      RuntimeEquality.create(RuntimeHelpers.create(), CelOptions.current().build());

  private static final String IS_SORTED = "isSorted";
  private static final String SUM = "sum";
  private static final String MIN = "min";
  private static final String MAX = "max";

  static final List<DynamicDispatch.Family> FAMILIES =
      List.of(
          family(IS_SORTED, COMPARABLE, KubernetesListsLibrary::isSortedId),
          family(SUM, SUMMABLE, KubernetesListsLibrary::sumId),
          family(MIN, COMPARABLE, kind -> extremeId(MIN, kind)),
          family(MAX, COMPARABLE, kind -> extremeId(MAX, kind)));

  @Override
  public void setCheckerOptions(CelCheckerBuilder checker) {
    checker.addFunctionDeclarations(
        declare(
            IS_SORTED,
            COMPARABLE,
            kind ->
                CelOverloadDecl.newMemberOverload(
                    isSortedId(kind), SimpleType.BOOL, ListType.create(kind.type))),
        declare(
            SUM,
            SUMMABLE,
            kind ->
                CelOverloadDecl.newMemberOverload(
                    sumId(kind), kind.type, ListType.create(kind.type))),
        declare(
            MIN,
            COMPARABLE,
            kind ->
                CelOverloadDecl.newMemberOverload(
                    extremeId(MIN, kind), kind.type, ListType.create(kind.type))),
        declare(
            MAX,
            COMPARABLE,
            kind ->
                CelOverloadDecl.newMemberOverload(
                    extremeId(MAX, kind), kind.type, ListType.create(kind.type))),
        CelFunctionDecl.newFunctionDeclaration(
            "indexOf",
            CelOverloadDecl.newMemberOverload(
                "list_a_index_of_int", SimpleType.INT, ListType.create(A), A)),
        CelFunctionDecl.newFunctionDeclaration(
            "lastIndexOf",
            CelOverloadDecl.newMemberOverload(
                "list_a_last_index_of_int", SimpleType.INT, ListType.create(A), A)));
  }

  @Override
  public void setRuntimeOptions(CelRuntimeBuilder runtime) {
    List<CelFunctionBinding> bindings = new ArrayList<>();
    for (Kind kind : COMPARABLE) {
      bindings.add(onList(isSortedId(kind), list -> isSorted(list, false)));
      bindings.add(onList(extremeId(MIN, kind), list -> extreme(MIN, list, false)));
      bindings.add(onList(extremeId(MAX, kind), list -> extreme(MAX, list, false)));
    }
    for (Kind kind : SUMMABLE) {
      bindings.add(onList(sumId(kind), list -> sum(list, ZERO.get(kind))));
    }
    bindings.add(onList(dynamicId(IS_SORTED), list -> isSorted(list, true)));
    bindings.add(onList(dynamicId(SUM), KubernetesListsLibrary::dynamicSum));
    bindings.add(onList(dynamicId(MIN), list -> extreme(MIN, list, true)));
    bindings.add(onList(dynamicId(MAX), list -> extreme(MAX, list, true)));
    bindings.add(
        CelFunctionBinding.from(
            "list_a_index_of_int",
            List.class,
            Object.class,
            (list, item) -> indexOf(list, item, false)));
    bindings.add(
        CelFunctionBinding.from(
            "list_a_last_index_of_int",
            List.class,
            Object.class,
            (list, item) -> indexOf(list, item, true)));
    runtime.addFunctionBindings(bindings);
  }

  private static CelFunctionBinding onList(
      String overloadId, CelFunctionOverload.Unary<List> function) {
    return CelFunctionBinding.from(overloadId, List.class, function);
  }

  private static String isSortedId(Kind kind) {
    return "list_" + kind.celName() + "_is_sorted_bool";
  }

  private static String sumId(Kind kind) {
    return "list_" + kind.celName() + "_sum_" + kind.celName();
  }

  private static String extremeId(String function, Kind kind) {
    return "list_" + kind.celName() + "_" + function + "_" + kind.celName();
  }

  private static String dynamicId(String function) {
    return "list_dyn_" + function;
  }

  private static CelFunctionDecl declare(
      String function, List<Kind> kinds, Function<Kind, CelOverloadDecl> overload) {
    return CelFunctionDecl.newFunctionDeclaration(function, kinds.stream().map(overload).toList());
  }

  private static DynamicDispatch.Family family(
      String function, List<Kind> kinds, Function<Kind, String> id) {
    Set<String> ids = kinds.stream().map(id).collect(Collectors.toUnmodifiableSet());
    return new DynamicDispatch.Family(dynamicId(function), ids);
  }

  /** On a {@code dyn} list, the overload is the first element's; one of no listed kind has none. */
  private static void checkFirst(String function, List<?> list, List<Kind> kinds)
      throws CelEvaluationException {
    if (!list.isEmpty() && CelOrdering.kindOf(list.get(0)).filter(kinds::contains).isEmpty()) {
      throw new CelEvaluationException("no such overload: " + function + "(list)");
    }
  }

  /** {@code dynamic}: the receiver was {@code dyn}, so its first element picks the overload. */
  static boolean isSorted(List<?> list, boolean dynamic) throws CelEvaluationException {
    if (dynamic) {
      checkFirst(IS_SORTED, list, COMPARABLE);
    }
    Object previous = null;
    for (Object item : list) {
      requireOrdered(item);
      if (previous != null && CelOrdering.compare(previous, item).filter(c -> c > 0).isPresent()) {
        return false;
      }
      previous = item;
    }
    return true;
  }

  /**
   * min or max; values that cannot be compared with the current one are passed over, as cel-go
   * does.
   */
  static Object extreme(String function, List<?> list, boolean dynamic)
      throws CelEvaluationException {
    if (dynamic) {
      checkFirst(function, list, COMPARABLE);
    }
    int better = function.equals(MIN) ? 1 : -1;
    Object result = null;
    for (Object item : list) {
      requireOrdered(item);
      if (result == null
          || CelOrdering.compare(result, item)
              .filter(c -> Integer.signum(c) == better)
              .isPresent()) {
        result = item;
      }
    }
    if (result == null) {
      throw new CelEvaluationException(function + " called on empty list");
    }
    return result;
  }

  private static Object dynamicSum(List<?> list) throws CelEvaluationException {
    checkFirst(SUM, list, SUMMABLE);
    return sum(
        list,
        list.isEmpty()
            ? ZERO.get(Kind.INT)
            : ZERO.get(CelOrdering.kindOf(list.get(0)).orElseThrow()));
  }

  static Object sum(List<?> list, Object zero) throws CelEvaluationException {
    Object total = zero;
    for (Object item : list) {
      total = add(total, item);
    }
    return total;
  }

  private static Object add(Object total, Object item) throws CelEvaluationException {
    try {
      if (total instanceof Long a && item instanceof Long b) {
        return Math.addExact(a, b);
      }
      if (total instanceof Double a && item instanceof Double b) {
        return a + b;
      }
      if (total instanceof Duration a && item instanceof Duration b) {
        return Duration.ofNanos(Math.addExact(a.toNanos(), b.toNanos()));
      }
    } catch (ArithmeticException e) {
      throw new CelEvaluationException("integer overflow");
    }
    if (total instanceof UnsignedLong a && item instanceof UnsignedLong b) {
      UnsignedLong sum = a.plus(b);
      if (sum.compareTo(a) < 0) {
        throw new CelEvaluationException("unsigned integer overflow");
      }
      return sum;
    }
    throw new CelEvaluationException("no such overload");
  }

  private static void requireOrdered(Object item) throws CelEvaluationException {
    if (CelOrdering.kindOf(item).isEmpty()) {
      throw new CelEvaluationException("no such overload");
    }
  }

  static long indexOf(List<?> list, Object item, boolean last) {
    for (int n = 0; n < list.size(); n++) {
      int i = last ? list.size() - 1 - n : n;
      if (EQUALITY.objectEquals(list.get(i), item)) {
        return i;
      }
    }
    return -1;
  }
}
