package run.kro.backend.cel.library;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelReference;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lets calls on {@code dyn} values reach functions declared once per element type, as cel-go's
 * runtime does.
 *
 * <p>Kubernetes declares {@code sum}, {@code min}, {@code max} and {@code isSorted} (and cel-go
 * {@code sortBy}'s key function) with one overload per element type, so that {@code ['a'].sum()} is
 * refused when checked. When the receiver is {@code dyn} the checker keeps every overload, and
 * cel-java's runtime, which tells overloads apart by Java class only, finds them all matching a
 * {@code List} and fails as ambiguous. This pass replaces such a set with the family's dynamic
 * overload, which picks the behaviour from the values, as cel-go does.
 */
public final class DynamicDispatch {

  /**
   * A function's overloads per element type and the one overload that serves them all at run time.
   */
  record Family(String dynamicOverload, Set<String> overloads) {}

  private static final Map<String, String> DYNAMIC_OF =
      index(
          Stream.concat(KubernetesListsLibrary.FAMILIES.stream(), SortByLibrary.FAMILIES.stream())
              .toList());

  private DynamicDispatch() {}

  /**
   * The checked AST with every multi-overload reference of a family narrowed to the family's
   * dynamic overload.
   */
  public static CelAbstractSyntaxTree narrow(CelAbstractSyntaxTree ast) {
    Map<Long, CelReference> references = new LinkedHashMap<>(ast.getReferenceMap());
    boolean changed = false;
    for (Map.Entry<Long, CelReference> entry : references.entrySet()) {
      List<String> ids = entry.getValue().overloadIds();
      if (ids.size() < 2) {
        continue;
      }
      Set<String> narrowed = new LinkedHashSet<>();
      ids.forEach(id -> narrowed.add(DYNAMIC_OF.getOrDefault(id, id)));
      if (narrowed.size() < ids.size()) {
        CelReference.Builder reference =
            CelReference.newBuilder().setName(entry.getValue().name()).addOverloadIds(narrowed);
        entry.getValue().value().ifPresent(reference::setValue);
        entry.setValue(reference.build());
        changed = true;
      }
    }
    return changed
        ? CelAbstractSyntaxTree.newCheckedAst(
            ast.getExpr(), ast.getSource(), references, ast.getTypeMap())
        : ast;
  }

  private static Map<String, String> index(List<Family> families) {
    Map<String, String> index = new HashMap<>();
    families.forEach(
        family -> family.overloads().forEach(id -> index.put(id, family.dynamicOverload())));
    return Map.copyOf(index);
  }
}
