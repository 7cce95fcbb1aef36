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
 * Kubernetes' IP functions on {@link KubernetesIp}: {@code ip(string)} (an error, with Go's reason, for a string that
 * is not an address), {@code isIP(string)}, {@code ip.isCanonical(string)} (whether the string is the address's
 * canonical form; an error when it is no address), {@code string(ip)}, and the methods {@code family()},
 * {@code isUnspecified()}, {@code isLoopback()}, {@code isLinkLocalMulticast()}, {@code isLinkLocalUnicast()},
 * {@code isGlobalUnicast()}.
 */
public final class KubernetesIpLibrary implements KroLibrary {

  private static final CelType IP = KubernetesIp.TYPE;

  @Override
  public void setCheckerOptions(CelCheckerBuilder checker) {
    checker.addFunctionDeclarations(
        CelFunctionDecl.newFunctionDeclaration("ip",
            CelOverloadDecl.newGlobalOverload("string_to_ip", IP, SimpleType.STRING)),
        CelFunctionDecl.newFunctionDeclaration("isIP",
            CelOverloadDecl.newGlobalOverload("is_ip", SimpleType.BOOL, SimpleType.STRING)),
        CelFunctionDecl.newFunctionDeclaration("ip.isCanonical",
            CelOverloadDecl.newGlobalOverload("ip_is_canonical", SimpleType.BOOL, SimpleType.STRING)),
        CelFunctionDecl.newFunctionDeclaration("string",
            CelOverloadDecl.newGlobalOverload("ip_to_string", SimpleType.STRING, IP)),
        Declarations.method(IP, "family", "ip_family", SimpleType.INT),
        Declarations.method(IP, "isUnspecified", "ip_is_unspecified", SimpleType.BOOL),
        Declarations.method(IP, "isLoopback", "ip_is_loopback", SimpleType.BOOL),
        Declarations.method(IP, "isLinkLocalMulticast", "ip_is_link_local_multicast", SimpleType.BOOL),
        Declarations.method(IP, "isLinkLocalUnicast", "ip_is_link_local_unicast", SimpleType.BOOL),
        Declarations.method(IP, "isGlobalUnicast", "ip_is_global_unicast", SimpleType.BOOL));
  }


  @Override
  public void setRuntimeOptions(CelRuntimeBuilder runtime) {
    Class<KubernetesIp> ip = KubernetesIp.class;
    runtime.addFunctionBindings(
        CelFunctionBinding.from("string_to_ip", String.class, KubernetesIpLibrary::ip),
        CelFunctionBinding.from("is_ip", String.class, text -> parses(text)),
        CelFunctionBinding.from("ip_is_canonical", String.class, text -> ip(text).toString().equals(text)),
        CelFunctionBinding.from("ip_to_string", ip, KubernetesIp::toString),
        CelFunctionBinding.from("ip_family", ip, KubernetesIp::family),
        CelFunctionBinding.from("ip_is_unspecified", ip, KubernetesIp::isUnspecified),
        CelFunctionBinding.from("ip_is_loopback", ip, KubernetesIp::isLoopback),
        CelFunctionBinding.from("ip_is_link_local_multicast", ip, KubernetesIp::isLinkLocalMulticast),
        CelFunctionBinding.from("ip_is_link_local_unicast", ip, KubernetesIp::isLinkLocalUnicast),
        CelFunctionBinding.from("ip_is_global_unicast", ip, KubernetesIp::isGlobalUnicast));
  }

  static KubernetesIp ip(String text) throws CelEvaluationException {
    try {
      return KubernetesIp.parse(text);
    } catch (GoNetip.ParseException e) {
      throw new CelEvaluationException(e.getMessage());
    }
  }

  private static boolean parses(String text) {
    try {
      KubernetesIp.parse(text);
      return true;
    } catch (GoNetip.ParseException e) {
      return false;
    }
  }
}
