package run.kro.backend.cel.library;

import dev.cel.checker.CelCheckerBuilder;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntimeBuilder;

/**
 * Kubernetes' quantity functions on {@link KubernetesQuantity}: {@code quantity(string)} (an error
 * for a string that is not one), {@code isQuantity(string)}, {@code sign(q)} (a global function,
 * not a method), and the methods {@code isGreaterThan}, {@code isLessThan}, {@code compareTo} (by
 * value: {@code quantity('1k')} equals {@code quantity('1000')}), {@code add} and {@code sub} (of a
 * quantity or an int), {@code asInteger} (an error when {@code isInteger} is false), {@code
 * asApproximateFloat}.
 */
public final class KubernetesQuantityLibrary implements KroLibrary {

  private static final CelType QUANTITY = KubernetesQuantity.TYPE;

  @Override
  public void setCheckerOptions(CelCheckerBuilder checker) {
    checker.addFunctionDeclarations(
        Declarations.global("quantity", "string_to_quantity", QUANTITY, SimpleType.STRING),
        Declarations.global("isQuantity", "is_quantity_string", SimpleType.BOOL, SimpleType.STRING),
        Declarations.global("sign", "quantity_sign", SimpleType.INT, QUANTITY),
        Declarations.method(
            QUANTITY, "isGreaterThan", "quantity_is_greater_than", SimpleType.BOOL, QUANTITY),
        Declarations.method(
            QUANTITY, "isLessThan", "quantity_is_less_than", SimpleType.BOOL, QUANTITY),
        Declarations.method(QUANTITY, "compareTo", "quantity_compare_to", SimpleType.INT, QUANTITY),
        Declarations.method(
            QUANTITY, "asApproximateFloat", "quantity_get_float", SimpleType.DOUBLE),
        Declarations.method(QUANTITY, "asInteger", "quantity_get_int", SimpleType.INT),
        Declarations.method(QUANTITY, "isInteger", "quantity_is_integer", SimpleType.BOOL),
        CelFunctionDecl.newFunctionDeclaration(
            "add",
            CelOverloadDecl.newMemberOverload("quantity_add", QUANTITY, QUANTITY, QUANTITY),
            CelOverloadDecl.newMemberOverload(
                "quantity_add_int", QUANTITY, QUANTITY, SimpleType.INT)),
        CelFunctionDecl.newFunctionDeclaration(
            "sub",
            CelOverloadDecl.newMemberOverload("quantity_sub", QUANTITY, QUANTITY, QUANTITY),
            CelOverloadDecl.newMemberOverload(
                "quantity_sub_int", QUANTITY, QUANTITY, SimpleType.INT)));
  }

  @Override
  public void setRuntimeOptions(CelRuntimeBuilder runtime) {
    Class<KubernetesQuantity> q = KubernetesQuantity.class;
    runtime.addFunctionBindings(
        Parsing.bindings("string_to_quantity", "is_quantity_string", KubernetesQuantity::parse));
    runtime.addFunctionBindings(
        CelFunctionBinding.from("quantity_sign", q, quantity -> (long) quantity.sign()),
        CelFunctionBinding.from("quantity_is_greater_than", q, q, (a, b) -> a.compareTo(b) > 0),
        CelFunctionBinding.from("quantity_is_less_than", q, q, (a, b) -> a.compareTo(b) < 0),
        CelFunctionBinding.from(
            "quantity_compare_to", q, q, (a, b) -> (long) Integer.signum(a.compareTo(b))),
        CelFunctionBinding.from("quantity_get_float", q, KubernetesQuantity::asApproximateFloat),
        CelFunctionBinding.from("quantity_get_int", q, KubernetesQuantityLibrary::asInteger),
        CelFunctionBinding.from(
            "quantity_is_integer", q, quantity -> quantity.asInt64().isPresent()),
        CelFunctionBinding.from("quantity_add", q, q, KubernetesQuantity::add),
        CelFunctionBinding.from(
            "quantity_add_int", q, Long.class, (a, b) -> a.add(KubernetesQuantity.ofInt64(b))),
        CelFunctionBinding.from("quantity_sub", q, q, KubernetesQuantity::subtract),
        CelFunctionBinding.from(
            "quantity_sub_int",
            q,
            Long.class,
            (a, b) -> a.subtract(KubernetesQuantity.ofInt64(b))));
  }

  private static long asInteger(KubernetesQuantity quantity) throws CelEvaluationException {
    return quantity
        .asInt64()
        .orElseThrow(() -> new CelEvaluationException("cannot convert value to integer"));
  }
}
