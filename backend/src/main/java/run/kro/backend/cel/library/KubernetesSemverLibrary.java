package run.kro.backend.cel.library;

import dev.cel.checker.CelCheckerBuilder;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntimeBuilder;
import run.kro.backend.cel.library.KubernetesSemver.SemverException;

/**
 * Kubernetes' semver functions on {@link KubernetesSemver}, as upstream kro's environment has them (the library's
 * first version: no normalizing second argument): {@code semver(string)} (an error, with the parser's reason, for a
 * string that is not one), {@code isSemver(string)}, and the methods {@code major()}, {@code minor()},
 * {@code patch()}, {@code isGreaterThan}, {@code isLessThan}, {@code compareTo}.
 */
public final class KubernetesSemverLibrary implements KroLibrary {

  private static final CelType SEMVER = KubernetesSemver.TYPE;

  @Override
  public void setCheckerOptions(CelCheckerBuilder checker) {
    checker.addFunctionDeclarations(
        CelFunctionDecl.newFunctionDeclaration("semver",
            CelOverloadDecl.newGlobalOverload("string_to_semver", SEMVER, SimpleType.STRING)),
        CelFunctionDecl.newFunctionDeclaration("isSemver",
            CelOverloadDecl.newGlobalOverload("is_semver_string", SimpleType.BOOL, SimpleType.STRING)),
        Declarations.method(SEMVER, "isGreaterThan", "semver_is_greater_than", SimpleType.BOOL, SEMVER),
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
        CelFunctionBinding.from("string_to_semver", String.class, KubernetesSemverLibrary::semver),
        CelFunctionBinding.from("is_semver_string", String.class, KubernetesSemverLibrary::isSemver),
        CelFunctionBinding.from("semver_is_greater_than", v, v, (a, b) -> a.compareTo(b) > 0),
        CelFunctionBinding.from("semver_is_less_than", v, v, (a, b) -> a.compareTo(b) < 0),
        CelFunctionBinding.from("semver_compare_to", v, v, (a, b) -> (long) a.compareTo(b)),
        CelFunctionBinding.from("semver_major", v, KubernetesSemver::major),
        CelFunctionBinding.from("semver_minor", v, KubernetesSemver::minor),
        CelFunctionBinding.from("semver_patch", v, KubernetesSemver::patch));
  }

  private static KubernetesSemver semver(String text) throws CelEvaluationException {
    try {
      return KubernetesSemver.parse(text);
    } catch (SemverException e) {
      throw new CelEvaluationException(e.getMessage());
    }
  }

  private static boolean isSemver(String text) {
    try {
      KubernetesSemver.parse(text);
      return true;
    } catch (SemverException e) {
      return false;
    }
  }
}
