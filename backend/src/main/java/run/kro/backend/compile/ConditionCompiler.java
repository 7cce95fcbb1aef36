package run.kro.backend.compile;

import dev.cel.bundle.Cel;
import dev.cel.common.types.CelKind;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import run.kro.backend.cel.CelTypeNames;
import run.kro.backend.cel.CompiledExpression;

/**
 * Compiles includeWhen and readyWhen (docs/design.md#scope): standalone expressions returning bool
 * or optional(bool). includeWhen reads {@code schema} and the resources; readyWhen reads only the
 * resource itself, or {@code each} item of a collection.
 */
final class ConditionCompiler {

  private final ValueCompiler values;

  ConditionCompiler(ValueCompiler values) {
    this.values = values;
  }

  List<CompiledExpression> includeWhen(
      ResolvedResource resource, GraphScope scope, ValuePlace entry) {
    return compileAll(
        "includeWhen",
        resource.resource().includeWhen(),
        resource,
        scope.env(),
        scope.graphVariables(),
        entry);
  }

  List<CompiledExpression> readyWhen(
      ResolvedResource resource, GraphScope scope, ValuePlace entry) {
    if (resource.resource().isCollection()) {
      CelType item = itemType(scope.typeOf(resource.id()));
      Cel env = scope.extendedWith(Map.of(GraphScope.EACH, item));
      return compileAll(
          "readyWhen",
          resource.resource().readyWhen(),
          resource,
          env,
          Set.of(GraphScope.EACH),
          entry);
    }
    return compileAll(
        "readyWhen",
        resource.resource().readyWhen(),
        resource,
        scope.env(),
        Set.of(resource.id()),
        entry);
  }

  private List<CompiledExpression> compileAll(
      String field,
      List<String> expressions,
      ResolvedResource resource,
      Cel env,
      Set<String> allowed,
      ValuePlace entry) {
    List<CompiledExpression> compiled = new ArrayList<>();
    for (int i = 0; i < expressions.size(); i++) {
      String text = expressions.get(i);
      ValuePlace place = entry.at(entry.path().field(field).index(i));
      Optional<CompiledExpression> expression =
          values.compileStandalone(text, field, env, allowed, place);
      if (expression.isPresent() && !isBool(expression.get().type())) {
        place.error(
            field
                + " expression \""
                + expression.get().text()
                + "\" in resource \""
                + resource.id()
                + "\" must return bool or optional_type(bool), but returns \""
                + CelTypeNames.describe(expression.get().type())
                + "\"");
        continue;
      }
      expression.ifPresent(compiled::add);
    }
    return compiled;
  }

  private static boolean isBool(CelType type) {
    CelKind kind = CelTypeNames.unwrapOptional(type).kind();
    return kind == CelKind.BOOL || kind == CelKind.DYN;
  }

  private static CelType itemType(CelType collection) {
    return collection != null && collection.kind() == CelKind.LIST
        ? ((ListType) collection).elemType()
        : SimpleType.DYN;
  }
}
