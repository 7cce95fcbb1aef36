package run.kro.backend.cel.library;

import dev.cel.checker.CelCheckerBuilder;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntimeBuilder;

/**
 * Kubernetes' IP functions on {@link KubernetesIp}: {@code ip(string)} (an error, with Go's reason,
 * for a string that is not an address), {@code isIP(string)}, {@code ip.isCanonical(string)}
 * (whether the string is the address's canonical form; an error when it is no address), {@code
 * string(ip)}, and the methods {@code family()}, {@code isUnspecified()}, {@code isLoopback()},
 * {@code isLinkLocalMulticast()}, {@code isLinkLocalUnicast()}, {@code isGlobalUnicast()}.
 */
public final class KubernetesIpLibrary implements KroLibrary {

  private static final CelType IP = KubernetesIp.TYPE;

  @Override
  public void setCheckerOptions(CelCheckerBuilder checker) {
    checker.addFunctionDeclarations(
        Declarations.global("ip", "string_to_ip", IP, SimpleType.STRING),
        Declarations.global("isIP", "is_ip", SimpleType.BOOL, SimpleType.STRING),
        Declarations.global(
            "ip.isCanonical", "ip_is_canonical", SimpleType.BOOL, SimpleType.STRING),
        Declarations.global("string", "ip_to_string", SimpleType.STRING, IP),
        Declarations.method(IP, "family", "ip_family", SimpleType.INT),
        Declarations.method(IP, "isUnspecified", "ip_is_unspecified", SimpleType.BOOL),
        Declarations.method(IP, "isLoopback", "ip_is_loopback", SimpleType.BOOL),
        Declarations.method(
            IP, "isLinkLocalMulticast", "ip_is_link_local_multicast", SimpleType.BOOL),
        Declarations.method(IP, "isLinkLocalUnicast", "ip_is_link_local_unicast", SimpleType.BOOL),
        Declarations.method(IP, "isGlobalUnicast", "ip_is_global_unicast", SimpleType.BOOL));
  }

  @Override
  public void setRuntimeOptions(CelRuntimeBuilder runtime) {
    Class<KubernetesIp> ip = KubernetesIp.class;
    runtime.addFunctionBindings(Parsing.bindings("string_to_ip", "is_ip", KubernetesIp::parse));
    runtime.addFunctionBindings(
        CelFunctionBinding.from(
            "ip_is_canonical",
            String.class,
            text -> Parsing.orError(KubernetesIp::parse, text).toString().equals(text)),
        CelFunctionBinding.from("ip_to_string", ip, KubernetesIp::toString),
        CelFunctionBinding.from("ip_family", ip, KubernetesIp::family),
        CelFunctionBinding.from("ip_is_unspecified", ip, KubernetesIp::isUnspecified),
        CelFunctionBinding.from("ip_is_loopback", ip, KubernetesIp::isLoopback),
        CelFunctionBinding.from(
            "ip_is_link_local_multicast", ip, KubernetesIp::isLinkLocalMulticast),
        CelFunctionBinding.from("ip_is_link_local_unicast", ip, KubernetesIp::isLinkLocalUnicast),
        CelFunctionBinding.from("ip_is_global_unicast", ip, KubernetesIp::isGlobalUnicast));
  }
}
