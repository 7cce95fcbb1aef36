package run.kro.backend.cel.library;

import dev.cel.checker.CelCheckerBuilder;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntimeBuilder;

/**
 * {@code json.unmarshal(string) -> dyn} and {@code json.marshal(dyn) -> string}. Unmarshal gives
 * maps, lists, strings, bools, null, and numbers as {@code int} when integral and in range, else
 * {@code double} (upstream gives {@code double} for every number). Marshal writes what Go's {@code
 * encoding/json} writes: sorted keys, no spaces.
 */
public final class JsonLibrary implements KroLibrary {

  @Override
  public void setCheckerOptions(CelCheckerBuilder checker) {
    checker.addFunctionDeclarations(
        CelFunctionDecl.newFunctionDeclaration(
            "json.unmarshal",
            CelOverloadDecl.newGlobalOverload(
                "json.unmarshal_string", SimpleType.DYN, SimpleType.STRING)),
        CelFunctionDecl.newFunctionDeclaration(
            "json.marshal",
            CelOverloadDecl.newGlobalOverload(
                "json.marshal_dyn", SimpleType.STRING, SimpleType.DYN)));
  }

  @Override
  public void setRuntimeOptions(CelRuntimeBuilder runtime) {
    runtime.addFunctionBindings(
        CelFunctionBinding.from("json.unmarshal_string", String.class, JsonDecoder::decode),
        CelFunctionBinding.from("json.marshal_dyn", Object.class, GoJsonEncoder::encode));
  }
}
