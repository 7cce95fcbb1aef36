package run.kro.backend.cel.library;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.cel.checker.CelCheckerBuilder;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import dev.cel.parser.CelMacro;
import dev.cel.parser.CelMacroExprFactory;
import dev.cel.parser.CelParserBuilder;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntimeBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Author-defined status conditions (docs/design.md#status-fields-and-author-conditions), only in
 * {@code status.conditions}: {@code runtime.newCondition({type: "Ready", status: "True", reason:
 * ..., message: ...})} builds a {@code kro.run.Condition}; its keys are bare names from that set,
 * {@code type} and {@code status} are required, a literal status is True, False or Unknown and a
 * literal type is not empty — checked when the expression is parsed. {@code runtime.condition(obj,
 * 'Type')} finds the condition of a type in {@code obj.status.conditions}, or an empty one.
 */
public final class RuntimeConditionsLibrary implements KroLibrary {

  public static final String CONDITION_TYPE_NAME = "kro.run.Condition";
  public static final String RECEIVER = "runtime";
  static final String NEW_CONDITION = "runtime.newCondition";
  static final String CONDITION = "runtime.condition";
  private static final Set<String> FIELDS = ImmutableSet.of("type", "status", "reason", "message");
  private static final Set<String> STATUSES = Set.of("True", "False", "Unknown");

  /**
   * The struct type of a condition; register it with the type provider of the environment using
   * this library.
   */
  public static final StructType CONDITION_TYPE =
      StructType.create(
          CONDITION_TYPE_NAME,
          ImmutableSet.copyOf(FIELDS),
          field -> FIELDS.contains(field) ? Optional.of(SimpleType.STRING) : Optional.empty());

  @Override
  public void setParserOptions(CelParserBuilder parser) {
    parser.addMacros(
        CelMacro.newReceiverMacro("newCondition", 1, RuntimeConditionsLibrary::expandNewCondition));
  }

  @Override
  public void setCheckerOptions(CelCheckerBuilder checker) {
    checker.addFunctionDeclarations(
        CelFunctionDecl.newFunctionDeclaration(
            NEW_CONDITION,
            CelOverloadDecl.newGlobalOverload(
                "runtime_new_condition_map",
                CONDITION_TYPE,
                MapType.create(SimpleType.STRING, SimpleType.STRING))),
        CelFunctionDecl.newFunctionDeclaration(
            CONDITION,
            CelOverloadDecl.newGlobalOverload(
                "runtime_condition_dyn_string",
                CONDITION_TYPE,
                SimpleType.DYN,
                SimpleType.STRING)));
  }

  @Override
  public void setRuntimeOptions(CelRuntimeBuilder runtime) {
    runtime.addFunctionBindings(
        CelFunctionBinding.from(
            "runtime_new_condition_map", Map.class, RuntimeConditionsLibrary::newCondition),
        CelFunctionBinding.from(
            "runtime_condition_dyn_string",
            Object.class,
            String.class,
            RuntimeConditionsLibrary::conditionOf));
  }

  /**
   * {@code runtime.newCondition({type: x, ...})} becomes {@code runtime.newCondition({"type": x,
   * ...})}, checked.
   */
  private static Optional<CelExpr> expandNewCondition(
      CelMacroExprFactory factory, CelExpr target, ImmutableList<CelExpr> arguments) {
    if (target.getKind() != CelExpr.ExprKind.Kind.IDENT
        || !target.ident().name().equals(RECEIVER)) {
      return Optional.empty();
    }
    CelExpr argument = arguments.get(0);
    if (argument.getKind() != CelExpr.ExprKind.Kind.MAP) {
      return Optional.of(
          factory.reportError(
              "runtime.newCondition takes a map literal such as "
                  + "{type: \"Ready\", status: \"True\", reason: \"...\", message: \"...\"}"));
    }
    Map<String, CelExpr> fields = new LinkedHashMap<>();
    for (CelExpr.CelMap.Entry entry : argument.map().entries()) {
      CelExpr key = entry.key();
      if (key.getKind() != CelExpr.ExprKind.Kind.IDENT || !FIELDS.contains(key.ident().name())) {
        return Optional.of(
            factory.reportError(
                "runtime.newCondition keys must be bare names from type, status, "
                    + "reason, message"));
      }
      fields.put(key.ident().name(), entry.value());
    }
    if (!fields.containsKey("type") || !fields.containsKey("status")) {
      return Optional.of(factory.reportError("runtime.newCondition needs both type and status"));
    }
    Optional<String> status = literal(fields.get("status"));
    if (status.isPresent() && !STATUSES.contains(status.get())) {
      return Optional.of(
          factory.reportError(
              "runtime.newCondition status must be True, False or Unknown, got \""
                  + status.get()
                  + "\""));
    }
    if (literal(fields.get("type")).filter(String::isEmpty).isPresent()) {
      return Optional.of(factory.reportError("runtime.newCondition type must not be empty"));
    }
    List<CelExpr.CelMap.Entry> entries = new ArrayList<>();
    fields.forEach(
        (name, value) ->
            entries.add(factory.newMapEntry(factory.newStringLiteral(name), factory.copy(value))));
    return Optional.of(factory.newGlobalCall(NEW_CONDITION, factory.newMap(entries)));
  }

  /** The text of a string literal, when the value is one. */
  public static Optional<String> literal(CelExpr value) {
    return value.getKind() == CelExpr.ExprKind.Kind.CONSTANT
            && value.constant().getKind() == CelConstant.Kind.STRING_VALUE
        ? Optional.of(value.constant().stringValue())
        : Optional.empty();
  }

  private static Map<String, Object> newCondition(Map<?, ?> fields) {
    Map<String, Object> condition = new LinkedHashMap<>();
    for (String field : FIELDS) {
      Object value = fields.get(field);
      condition.put(field, value == null ? "" : value);
    }
    return condition;
  }

  private static Map<String, Object> conditionOf(Object object, String type) {
    if (object instanceof Map<?, ?> map
        && map.get("status") instanceof Map<?, ?> status
        && status.get("conditions") instanceof List<?> conditions) {
      for (Object condition : conditions) {
        if (condition instanceof Map<?, ?> fields && type.equals(fields.get("type"))) {
          return newCondition(fields);
        }
      }
    }
    return newCondition(Map.of());
  }
}
