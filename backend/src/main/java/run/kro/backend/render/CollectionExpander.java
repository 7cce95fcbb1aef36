package run.kro.backend.render;

import dev.cel.common.values.NullValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import run.kro.backend.api.CompiledDimension;
import run.kro.backend.api.CompiledResource;
import run.kro.backend.api.Evaluated;

/**
 * Expands a collection's forEach dimensions into the iterator bindings of each item
 * (docs/design.md#collections): every dimension must evaluate to a list; the items are the
 * cartesian product, first dimension outermost (the last index turns fastest); an empty dimension
 * gives no items; more items than the limit is an error.
 */
final class CollectionExpander {

  private final ExpressionEvaluator evaluator;
  private final int maxCollectionSize;

  CollectionExpander(ExpressionEvaluator evaluator, int maxCollectionSize) {
    this.evaluator = evaluator;
    this.maxCollectionSize = maxCollectionSize;
  }

  /** The iterator values of each item, in collection order. */
  Evaluated<List<Map<String, Object>>> items(CompiledResource resource) {
    List<CompiledDimension> dimensions = resource.forEach();
    List<List<?>> values = new ArrayList<>(dimensions.size());
    long size = 1;
    for (int i = 0; i < dimensions.size(); i++) {
      Evaluated<List<?>> list = listOf(resource, i, dimensions.get(i));
      if (!(list instanceof Evaluated.Value<List<?>> v)) {
        return Unresolved.carry(list);
      }
      values.add(v.value());
      size = Math.min(size * v.value().size(), Integer.MAX_VALUE);
    }
    if (size == 0) {
      return Evaluated.value(List.of());
    }
    if (size > maxCollectionSize) {
      return Evaluated.failed(
          new EvaluationPlace(resource.id(), "forEach")
              .failed(
                  "collection size of "
                      + size
                      + " is over the maximum collection size of "
                      + maxCollectionSize));
    }
    return Evaluated.value(product(dimensions, values, (int) size));
  }

  private Evaluated<List<?>> listOf(
      CompiledResource resource, int index, CompiledDimension dimension) {
    EvaluationPlace place =
        new EvaluationPlace(resource.id(), "forEach[" + index + "]." + dimension.iterator());
    Evaluated<Object> result =
        place.settle(dimension.expression(), evaluator.evaluate(dimension.expression()));
    if (!(result instanceof Evaluated.Value<Object> v)) {
      return Unresolved.carry(result);
    }
    Object value = CelOptionals.orElse(v.value(), NullValue.NULL_VALUE);
    if (value instanceof List<?> list) {
      return Evaluated.value(list);
    }
    String got = value instanceof NullValue ? "null" : RuntimeTypeNames.of(value);
    return Evaluated.failed(
        place.failed(dimension.expression(), "returned " + got + ", expected list"));
  }

  private static List<Map<String, Object>> product(
      List<CompiledDimension> dimensions, List<List<?>> values, int size) {
    List<Map<String, Object>> items = new ArrayList<>(size);
    int[] odometer = new int[dimensions.size()];
    for (int item = 0; item < size; item++) {
      Map<String, Object> bindings = new HashMap<>(dimensions.size() * 2);
      for (int d = 0; d < dimensions.size(); d++) {
        bindings.put(dimensions.get(d).iterator(), values.get(d).get(odometer[d]));
      }
      items.add(bindings);
      for (int d = dimensions.size() - 1; d >= 0 && ++odometer[d] == values.get(d).size(); d--) {
        odometer[d] = 0;
      }
    }
    return items;
  }
}
