package run.kro.backend.cel.library;

import dev.cel.checker.CelCheckerBuilder;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntimeBuilder;

/**
 * Kubernetes' semver functions on {@link KubernetesSemver}, as upstream kro's environment has them
 * (the library's first version: no normalizing second argument): {@code semver(string)} (an error,
 * with the parser's reason, for a string that is not one), {@code isSemver(string)}, and the
 * methods {@code major()}, {@code minor()}, {@code patch()}, {@code isGreaterThan}, {@code
 * isLessThan}, {@code compareTo}.
 */
public final class KubernetesSemverLibrary implements KroLibrary {

  private static final CelType SEMVER = KubernetesSemver.TYPE;

  @Override
  public void setCheckerOptions(CelCheckerBuilder checker) {
    checker.addFunctionDeclarations(
        Declarations.global("semver", "string_to_semver", SEMVER, SimpleType.STRING),
        Declarations.global("isSemver", "is_semver_string", SimpleType.BOOL, SimpleType.STRING),
        Declarations.method(
            SEMVER, "isGreaterThan", "semver_is_greater_than", SimpleType.BOOL, SEMVER),
        Declarations.method(SEMVER, "isLessThan", "semver_is_less_than", SimpleType.BOOL, SEMVER),
        Declarations.method(SEMVER, "compareTo", "semver_compare_to", SimpleType.INT, SEMVER),
        Declarations.method(SEMVER, "major", "semver_major", SimpleType.INT),
        Declarations.method(SEMVER, "minor", "semver_minor", SimpleType.INT),
        Declarations.method(SEMVER, "patch", "semver_patch", SimpleType.INT));
  }

  @Override
  public void setRuntimeOptions(CelRuntimeBuilder runtime) {
    Class<KubernetesSemver> v = KubernetesSemver.class;
    runtime.addFunctionBindings(
        Parsing.bindings("string_to_semver", "is_semver_string", KubernetesSemver::parse));
    runtime.addFunctionBindings(
        CelFunctionBinding.from("semver_is_greater_than", v, v, (a, b) -> a.compareTo(b) > 0),
        CelFunctionBinding.from("semver_is_less_than", v, v, (a, b) -> a.compareTo(b) < 0),
        CelFunctionBinding.from("semver_compare_to", v, v, (a, b) -> (long) a.compareTo(b)),
        CelFunctionBinding.from("semver_major", v, KubernetesSemver::major),
        CelFunctionBinding.from("semver_minor", v, KubernetesSemver::minor),
        CelFunctionBinding.from("semver_patch", v, KubernetesSemver::patch));
  }
}
