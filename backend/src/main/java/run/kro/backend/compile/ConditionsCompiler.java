package run.kro.backend.compile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cel.bundle.Cel;
import dev.cel.common.types.CelKind;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import run.kro.backend.cel.CelTypeNames;
import run.kro.backend.cel.CompiledExpression;
import run.kro.backend.cel.ConditionCalls;
import run.kro.backend.cel.library.RuntimeConditionsLibrary;
import run.kro.backend.diagnostics.Stage;
import run.kro.backend.model.ResourcePaths;
import run.kro.backend.source.Diagnostics;
import run.kro.backend.source.FieldPath;
import run.kro.backend.status.InstanceConditions;

/**
 * Author-defined instance conditions, {@code schema.status.conditions}
 * (docs/design.md#status-fields-and-author-conditions): a list of standalone expressions, each
 * returning a Condition or a list of them, built with {@code runtime.newCondition}. No condition
 * type may be declared by two entries, and {@code runtime.condition(schema, ...)} may read only
 * kro's own conditions.
 */
final class ConditionsCompiler {

  static final Set<String> BUILT_IN = Set.copyOf(InstanceConditions.BUILT_IN);
  private static final FieldPath PATH =
      ResourcePaths.SCHEMA_STATUS.field(StatusCompiler.CONDITIONS);

  private final ValueCompiler values;

  ConditionsCompiler(ValueCompiler values) {
    this.values = values;
  }

  List<CompiledExpression> compile(JsonNode conditions, GraphScope scope, Diagnostics diagnostics) {
    if (!conditions.isArray()) {
      diagnostics.error(
          Stage.STATUS,
          PATH,
          "status.conditions must be a list of expressions, got "
              + conditions.getNodeType().name().toLowerCase());
      return List.of();
    }
    scope.types().register(RuntimeConditionsLibrary.CONDITION_TYPE);
    RuntimeConditionsLibrary library = new RuntimeConditionsLibrary();
    Cel env =
        scope
            .env()
            .toCelBuilder()
            .addCompilerLibraries(library)
            .addRuntimeLibraries(library)
            .build();
    List<CompiledExpression> compiled = new ArrayList<>();
    List<ValuePlace> places = new ArrayList<>();
    Map<String, Integer> declaredBy = new HashMap<>();
    for (int i = 0; i < conditions.size(); i++) {
      ValuePlace place =
          new ValuePlace(
              diagnostics, Stage.STATUS, Optional.empty(), FieldPath.ROOT, PATH.index(i));
      JsonNode entry = conditions.get(i);
      if (!entry.isTextual()) {
        place.error(
            "a status.conditions entry must be an expression such as ${runtime.newCondition({...})}");
        continue;
      }
      Optional<CompiledExpression> expression =
          values.compileStandalone(
              entry.asText(), "status.conditions entry", env, scope.graphVariables(), place);
      if (expression.isEmpty() || !returnsConditions(expression.get(), place)) {
        continue;
      }
      for (String type : ConditionCalls.declaredTypes(expression.get().ast())) {
        Integer other = declaredBy.putIfAbsent(type, i);
        if (other != null && other != i) {
          place.error(
              "condition type \"" + type + "\" is declared by more than one conditions entry");
        }
      }
      compiled.add(expression.get());
      places.add(place);
    }
    for (int i = 0; i < compiled.size(); i++) {
      checkReads(compiled.get(i), declaredBy.keySet(), places.get(i));
    }
    return compiled;
  }

  /**
   * {@code runtime.condition(schema, 'X')} may read kro's own conditions only, not those the author
   * declares. A built-in name is always readable, even when the author also declares a condition of
   * that type: the read returns kro's own value.
   */
  private static void checkReads(
      CompiledExpression expression, Set<String> declared, ValuePlace place) {
    for (String type : ConditionCalls.typesReadFrom(expression.ast(), GraphScope.SCHEMA)) {
      if (BUILT_IN.contains(type)) {
        continue;
      }
      if (declared.contains(type)) {
        place.error(
            "custom conditions cannot reference each other: runtime.condition(schema, \""
                + type
                + "\") may read only "
                + new TreeSet<>(BUILT_IN));
      } else {
        place.error(
            "unknown condition type \""
                + type
                + "\": runtime.condition(schema, ...) may read only "
                + new TreeSet<>(BUILT_IN));
      }
    }
  }

  private static boolean returnsConditions(CompiledExpression expression, ValuePlace place) {
    CelType type = CelTypeNames.unwrapOptional(expression.type());
    CelType item = type.kind() == CelKind.LIST ? ((ListType) type).elemType() : type;
    boolean fits =
        item.kind() == CelKind.DYN
            || item.name().equals(RuntimeConditionsLibrary.CONDITION_TYPE_NAME);
    if (!fits) {
      place.error(
          "a status.conditions entry must return a condition or a list of conditions "
              + "(runtime.newCondition), but returns \""
              + CelTypeNames.describe(expression.type())
              + "\"");
    }
    return fits;
  }
}
