package run.kro.backend.cel.library;

import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.CelType;

/** Shorthands for the declarations the Kubernetes libraries repeat. */
final class Declarations {

  private Declarations() {}

  /** {@code function(parameters...)} with one overload. */
  static CelFunctionDecl global(
      String function, String overloadId, CelType result, CelType... parameters) {
    return CelFunctionDecl.newFunctionDeclaration(
        function, CelOverloadDecl.newGlobalOverload(overloadId, result, parameters));
  }

  /** {@code receiver.function(parameters...)} with one overload. */
  static CelFunctionDecl method(
      CelType receiver, String function, String overloadId, CelType result, CelType... parameters) {
    CelType[] all = new CelType[parameters.length + 1];
    all[0] = receiver;
    System.arraycopy(parameters, 0, all, 1, parameters.length);
    return CelFunctionDecl.newFunctionDeclaration(
        function, CelOverloadDecl.newMemberOverload(overloadId, result, all));
  }
}
