package run.kro.backend.cel.library;

import dev.cel.checker.CelCheckerBuilder;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.TypeParamType;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntimeBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Pure index edits on lists, typed with a type parameter so that {@code list(int)} stays {@code
 * list(int)}: {@code lists.setAtIndex(list, i, v)} and {@code lists.removeAtIndex(list, i)} need i
 * in [0, size); {@code lists.insertAtIndex(list, i, v)} needs i in [0, size], size appending.
 * Errors use upstream's texts.
 */
public final class ListsLibrary implements KroLibrary {

  private static final TypeParamType T = TypeParamType.create("T");
  private static final ListType LIST_T = ListType.create(T);

  @Override
  public void setCheckerOptions(CelCheckerBuilder checker) {
    checker.addFunctionDeclarations(
        CelFunctionDecl.newFunctionDeclaration(
            "lists.setAtIndex",
            CelOverloadDecl.newGlobalOverload(
                "lists.setAtIndex_list_int_T", LIST_T, LIST_T, SimpleType.INT, T)),
        CelFunctionDecl.newFunctionDeclaration(
            "lists.insertAtIndex",
            CelOverloadDecl.newGlobalOverload(
                "lists.insertAtIndex_list_int_T", LIST_T, LIST_T, SimpleType.INT, T)),
        CelFunctionDecl.newFunctionDeclaration(
            "lists.removeAtIndex",
            CelOverloadDecl.newGlobalOverload(
                "lists.removeAtIndex_list_int", LIST_T, LIST_T, SimpleType.INT)));
  }

  @Override
  public void setRuntimeOptions(CelRuntimeBuilder runtime) {
    runtime.addFunctionBindings(
        CelFunctionBinding.from(
            "lists.setAtIndex_list_int_T",
            List.of(List.class, Long.class, Object.class),
            args -> setAtIndex((List<?>) args[0], (Long) args[1], args[2])),
        CelFunctionBinding.from(
            "lists.insertAtIndex_list_int_T",
            List.of(List.class, Long.class, Object.class),
            args -> insertAtIndex((List<?>) args[0], (Long) args[1], args[2])),
        CelFunctionBinding.from(
            "lists.removeAtIndex_list_int", List.class, Long.class, ListsLibrary::removeAtIndex));
  }

  static List<Object> setAtIndex(List<?> list, long index, Object value)
      throws CelEvaluationException {
    if (index < 0 || index >= list.size()) {
      throw outOfBounds("lists.setAtIndex", index, list.size(), ")");
    }
    List<Object> edited = new ArrayList<>(list);
    edited.set((int) index, value);
    return Collections.unmodifiableList(edited);
  }

  static List<Object> insertAtIndex(List<?> list, long index, Object value)
      throws CelEvaluationException {
    if (index < 0 || index > list.size()) {
      throw outOfBounds("lists.insertAtIndex", index, list.size(), "]");
    }
    List<Object> edited = new ArrayList<>(list);
    edited.add((int) index, value);
    return Collections.unmodifiableList(edited);
  }

  static List<Object> removeAtIndex(List<?> list, long index) throws CelEvaluationException {
    if (index < 0 || index >= list.size()) {
      throw outOfBounds("lists.removeAtIndex", index, list.size(), ")");
    }
    List<Object> edited = new ArrayList<>(list);
    edited.remove((int) index);
    return Collections.unmodifiableList(edited);
  }

  private static CelEvaluationException outOfBounds(
      String function, long index, int size, String closing) {
    return new CelEvaluationException(
        function + ": index " + index + " out of bounds [0, " + size + closing);
  }
}
