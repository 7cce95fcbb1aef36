package run.kro.backend.cel.library;

import dev.cel.checker.CelCheckerBuilder;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntimeBuilder;
import java.util.List;

/**
 * {@code omit()}: returns {@link Omitted#VALUE}, a marker that removes the map key or array element
 * holding it from the rendered object, e.g. {@code policy: ${schema.spec.policy != "" ?
 * schema.spec.policy : omit()}}. Typed {@code dyn}, so it fits any field. Declared in every
 * environment; where it may be used (resource templates, not identity fields) and whether it may be
 * used at all (the CELOmitFunction feature gate) is the compiler's business.
 */
public final class OmitLibrary implements KroLibrary {

  public static final String FUNCTION = "omit";
  private static final String OVERLOAD = "omit_void";

  @Override
  public void setCheckerOptions(CelCheckerBuilder checker) {
    checker.addFunctionDeclarations(
        CelFunctionDecl.newFunctionDeclaration(
            FUNCTION, CelOverloadDecl.newGlobalOverload(OVERLOAD, SimpleType.DYN)));
  }

  @Override
  public void setRuntimeOptions(CelRuntimeBuilder runtime) {
    runtime.addFunctionBindings(
        CelFunctionBinding.from(OVERLOAD, List.of(), args -> Omitted.VALUE));
  }
}
