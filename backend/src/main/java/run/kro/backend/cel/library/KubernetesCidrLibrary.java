package run.kro.backend.cel.library;

import dev.cel.checker.CelCheckerBuilder;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntimeBuilder;

/**
 * Kubernetes' CIDR functions on {@link KubernetesCidr}: {@code cidr(string)} (an error, with Go's
 * reason, for a string that is not one), {@code isCIDR(string)}, {@code string(cidr)}, and the
 * methods {@code containsIP(ip or string)}, {@code containsCIDR(cidr or string)}, {@code ip()},
 * {@code masked()}, {@code prefixLength()}. As in Kubernetes, {@code containsIP} of a string that
 * is no address fails with "no such overload", and {@code containsCIDR} of one that is no CIDR with
 * the parse error.
 */
public final class KubernetesCidrLibrary implements KroLibrary {

  private static final CelType CIDR = KubernetesCidr.TYPE;
  private static final CelType IP = KubernetesIp.TYPE;

  @Override
  public void setCheckerOptions(CelCheckerBuilder checker) {
    checker.addFunctionDeclarations(
        Declarations.global("cidr", "string_to_cidr", CIDR, SimpleType.STRING),
        Declarations.global("isCIDR", "is_cidr", SimpleType.BOOL, SimpleType.STRING),
        Declarations.global("string", "cidr_to_string", SimpleType.STRING, CIDR),
        CelFunctionDecl.newFunctionDeclaration(
            "containsIP",
            CelOverloadDecl.newMemberOverload(
                "cidr_contains_ip_string", SimpleType.BOOL, CIDR, SimpleType.STRING),
            CelOverloadDecl.newMemberOverload("cidr_contains_ip_ip", SimpleType.BOOL, CIDR, IP)),
        CelFunctionDecl.newFunctionDeclaration(
            "containsCIDR",
            CelOverloadDecl.newMemberOverload(
                "cidr_contains_cidr_string", SimpleType.BOOL, CIDR, SimpleType.STRING),
            CelOverloadDecl.newMemberOverload("cidr_contains_cidr", SimpleType.BOOL, CIDR, CIDR)),
        Declarations.method(CIDR, "ip", "cidr_ip", IP),
        Declarations.method(CIDR, "prefixLength", "cidr_prefix_length", SimpleType.INT),
        Declarations.method(CIDR, "masked", "cidr_masked", CIDR));
  }

  @Override
  public void setRuntimeOptions(CelRuntimeBuilder runtime) {
    Class<KubernetesCidr> cidr = KubernetesCidr.class;
    runtime.addFunctionBindings(
        Parsing.bindings("string_to_cidr", "is_cidr", KubernetesCidr::parse));
    runtime.addFunctionBindings(
        CelFunctionBinding.from("cidr_to_string", cidr, KubernetesCidr::toString),
        CelFunctionBinding.from(
            "cidr_contains_ip_string", cidr, String.class, KubernetesCidrLibrary::containsIp),
        CelFunctionBinding.from(
            "cidr_contains_ip_ip", cidr, KubernetesIp.class, KubernetesCidr::contains),
        CelFunctionBinding.from(
            "cidr_contains_cidr_string",
            cidr,
            String.class,
            (range, other) -> range.contains(Parsing.orError(KubernetesCidr::parse, other))),
        CelFunctionBinding.from("cidr_contains_cidr", cidr, cidr, KubernetesCidr::contains),
        CelFunctionBinding.from("cidr_ip", cidr, KubernetesCidr::address),
        CelFunctionBinding.from("cidr_prefix_length", cidr, range -> (long) range.bits()),
        CelFunctionBinding.from("cidr_masked", cidr, KubernetesCidr::masked));
  }

  private static boolean containsIp(KubernetesCidr range, String text)
      throws CelEvaluationException {
    try {
      return range.contains(KubernetesIp.parse(text));
    } catch (ParseException e) {
      throw new CelEvaluationException("no such overload");
    }
  }
}
