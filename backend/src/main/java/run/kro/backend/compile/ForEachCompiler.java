package run.kro.backend.compile;

import dev.cel.common.types.CelKind;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import run.kro.backend.api.CompiledDimension;
import run.kro.backend.cel.CelTypeNames;
import run.kro.backend.cel.CompiledExpression;
import run.kro.backend.model.ForEachDimension;

/**
 * Compiles a collection's forEach dimensions (docs/design.md#type-checking): each a standalone
 * expression over {@code schema} and the resources, returning a list whose element type becomes the
 * iterator's type. Iterators may not read each other.
 */
final class ForEachCompiler {

  private final ValueCompiler values;

  ForEachCompiler(ValueCompiler values) {
    this.values = values;
  }

  /**
   * The compiled dimensions and their iterator types; dimensions with errors are left out (errors
   * reported).
   */
  Result compile(ResolvedResource resource, GraphScope scope, ValuePlace entry) {
    List<ForEachDimension> dimensions = resource.resource().forEach();
    Map<String, CelType> iteratorTypes = new LinkedHashMap<>();
    List<CompiledDimension> compiled = new ArrayList<>();
    Set<String> allowed = scope.graphVariables();
    var env = scope.extendedWith(placeholders(dimensions));
    for (int i = 0; i < dimensions.size(); i++) {
      ForEachDimension dimension = dimensions.get(i);
      String iterator = dimension.iterator();
      ValuePlace place = entry.at(entry.path().field("forEach").index(i).field(iterator));
      Optional<CompiledExpression> expression =
          values.compileStandalone(
              dimension.expression(),
              "forEach iterator \"" + iterator + "\"",
              env,
              allowed,
              place,
              other ->
                  "forEach iterator \""
                      + iterator
                      + "\" cannot reference other iterators (it reads \""
                      + other
                      + "\")");
      if (expression.isEmpty()) {
        iteratorTypes.put(iterator, SimpleType.DYN);
        continue;
      }
      Optional<CelType> element = elementType(expression.get().type());
      if (element.isEmpty()) {
        place.error(
            "forEach iterator \""
                + iterator
                + "\" must return a list, got \""
                + CelTypeNames.describe(expression.get().type())
                + "\"");
        iteratorTypes.put(iterator, SimpleType.DYN);
        continue;
      }
      iteratorTypes.put(iterator, element.get());
      compiled.add(new CompiledDimension(iterator, expression.get()));
    }
    return new Result(compiled, iteratorTypes, compiled.size() == dimensions.size());
  }

  /**
   * Iterators are declared (untyped) while dimensions compile, so reading one is reported as such.
   */
  private static Map<String, CelType> placeholders(List<ForEachDimension> dimensions) {
    Map<String, CelType> names = new LinkedHashMap<>();
    dimensions.forEach(d -> names.put(d.iterator(), SimpleType.DYN));
    return names;
  }

  private static Optional<CelType> elementType(CelType type) {
    CelType unwrapped = CelTypeNames.unwrapOptional(type);
    if (unwrapped.kind() == CelKind.DYN) {
      return Optional.of(SimpleType.DYN);
    }
    return unwrapped.kind() == CelKind.LIST
        ? Optional.of(((ListType) unwrapped).elemType())
        : Optional.empty();
  }

  /** Compiled dimensions, the type of every iterator, and whether all compiled. */
  record Result(
      List<CompiledDimension> dimensions, Map<String, CelType> iteratorTypes, boolean complete) {}
}
