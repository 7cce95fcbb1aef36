package run.kro.backend.cel.library;

import dev.cel.checker.CelCheckerBuilder;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.MapType;
import dev.cel.common.types.TypeParamType;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntimeBuilder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code <map>.merge(map)}: the keys of both maps, the right one's value winning. {@code
 * <map>.deepMerge(map)}: the same, except that where both values are maps they are deep-merged in
 * turn; lists and scalars are replaced. Both are typed {@code map(K, V)}, so the two maps must
 * agree on key and value types. Keys keep the left map's order, then the right map's new keys.
 */
public final class MapsLibrary implements KroLibrary {

  private static final MapType MAP_K_V =
      MapType.create(TypeParamType.create("K"), TypeParamType.create("V"));

  @Override
  public void setCheckerOptions(CelCheckerBuilder checker) {
    checker.addFunctionDeclarations(
        CelFunctionDecl.newFunctionDeclaration(
            "merge", CelOverloadDecl.newMemberOverload("map_merge", MAP_K_V, MAP_K_V, MAP_K_V)),
        CelFunctionDecl.newFunctionDeclaration(
            "deepMerge",
            CelOverloadDecl.newMemberOverload("map_deepMerge", MAP_K_V, MAP_K_V, MAP_K_V)));
  }

  @Override
  public void setRuntimeOptions(CelRuntimeBuilder runtime) {
    runtime.addFunctionBindings(
        CelFunctionBinding.from("map_merge", Map.class, Map.class, MapsLibrary::merge),
        CelFunctionBinding.from("map_deepMerge", Map.class, Map.class, MapsLibrary::deepMerge));
  }

  static Map<Object, Object> merge(Map<?, ?> left, Map<?, ?> right) {
    Map<Object, Object> merged = new LinkedHashMap<>(left);
    merged.putAll(right);
    return Collections.unmodifiableMap(merged);
  }

  static Map<Object, Object> deepMerge(Map<?, ?> left, Map<?, ?> right) {
    Map<Object, Object> merged = new LinkedHashMap<>(left);
    right.forEach((key, value) -> merged.merge(key, value, MapsLibrary::deepMergeValues));
    return Collections.unmodifiableMap(merged);
  }

  private static Object deepMergeValues(Object leftValue, Object rightValue) {
    if (leftValue instanceof Map<?, ?> leftMap && rightValue instanceof Map<?, ?> rightMap) {
      return deepMerge(leftMap, rightMap);
    }
    return rightValue;
  }
}
