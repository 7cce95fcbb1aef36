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
 * Kubernetes' CIDR functions on {@link KubernetesCidr}: {@code cidr(string)} (an error, with Go's reason, for a
 * string that is not one), {@code isCIDR(string)}, {@code string(cidr)}, and the methods {@code containsIP(ip or
 * string)}, {@code containsCIDR(cidr or string)}, {@code ip()}, {@code masked()}, {@code prefixLength()}. As in
 * Kubernetes, {@code containsIP} of a string that is no address fails with "no such overload", and
 * {@code containsCIDR} of one that is no CIDR with the parse error.
 */
public final class KubernetesCidrLibrary implements KroLibrary {

  private static final CelType CIDR = KubernetesCidr.TYPE;
  private static final CelType IP = KubernetesIp.TYPE;

  @Override
  public void setCheckerOptions(CelCheckerBuilder checker) {
    checker.addFunctionDeclarations(
        CelFunctionDecl.newFunctionDeclaration("cidr",
            CelOverloadDecl.newGlobalOverload("string_to_cidr", CIDR, SimpleType.STRING)),
        CelFunctionDecl.newFunctionDeclaration("isCIDR",
            CelOverloadDecl.newGlobalOverload("is_cidr", SimpleType.BOOL, SimpleType.STRING)),
        CelFunctionDecl.newFunctionDeclaration("string",
            CelOverloadDecl.newGlobalOverload("cidr_to_string", SimpleType.STRING, CIDR)),
        CelFunctionDecl.newFunctionDeclaration("containsIP",
            CelOverloadDecl.newMemberOverload("cidr_contains_ip_string", SimpleType.BOOL, CIDR, SimpleType.STRING),
            CelOverloadDecl.newMemberOverload("cidr_contains_ip_ip", SimpleType.BOOL, CIDR, IP)),
        CelFunctionDecl.newFunctionDeclaration("containsCIDR",
            CelOverloadDecl.newMemberOverload("cidr_contains_cidr_string", SimpleType.BOOL, CIDR, SimpleType.STRING),
            CelOverloadDecl.newMemberOverload("cidr_contains_cidr", SimpleType.BOOL, CIDR, CIDR)),
        CelFunctionDecl.newFunctionDeclaration("ip", CelOverloadDecl.newMemberOverload("cidr_ip", IP, CIDR)),
        CelFunctionDecl.newFunctionDeclaration("prefixLength",
            CelOverloadDecl.newMemberOverload("cidr_prefix_length", SimpleType.INT, CIDR)),
        CelFunctionDecl.newFunctionDeclaration("masked",
            CelOverloadDecl.newMemberOverload("cidr_masked", CIDR, CIDR)));
  }

  @Override
  public void setRuntimeOptions(CelRuntimeBuilder runtime) {
    Class<KubernetesCidr> cidr = KubernetesCidr.class;
    runtime.addFunctionBindings(
        CelFunctionBinding.from("string_to_cidr", String.class, KubernetesCidrLibrary::cidr),
        CelFunctionBinding.from("is_cidr", String.class, KubernetesCidrLibrary::parses),
        CelFunctionBinding.from("cidr_to_string", cidr, KubernetesCidr::toString),
        CelFunctionBinding.from("cidr_contains_ip_string", cidr, String.class, KubernetesCidrLibrary::containsIp),
        CelFunctionBinding.from("cidr_contains_ip_ip", cidr, KubernetesIp.class, KubernetesCidr::contains),
        CelFunctionBinding.from("cidr_contains_cidr_string", cidr, String.class,
            (range, other) -> range.contains(cidr(other))),
        CelFunctionBinding.from("cidr_contains_cidr", cidr, cidr, KubernetesCidr::contains),
        CelFunctionBinding.from("cidr_ip", cidr, KubernetesCidr::address),
        CelFunctionBinding.from("cidr_prefix_length", cidr, range -> (long) range.bits()),
        CelFunctionBinding.from("cidr_masked", cidr, KubernetesCidr::masked));
  }

  private static KubernetesCidr cidr(String text) throws CelEvaluationException {
    try {
      return KubernetesCidr.parse(text);
    } catch (GoNetip.ParseException e) {
      throw new CelEvaluationException(e.getMessage());
    }
  }

  private static boolean parses(String text) {
    try {
      KubernetesCidr.parse(text);
      return true;
    } catch (GoNetip.ParseException e) {
      return false;
    }
  }

  private static boolean containsIp(KubernetesCidr range, String text) throws CelEvaluationException {
    try {
      return range.contains(KubernetesIp.parse(text));
    } catch (GoNetip.ParseException e) {
      throw new CelEvaluationException("no such overload");
    }
  }
}
