package run.kro.backend.cel.library;

import dev.cel.common.types.OpaqueType;
import java.util.Arrays;

/**
 * A CIDR as Kubernetes' {@code cidr()} gives it: an address and a prefix length, the address kept
 * as written (so {@code cidr('10.0.0.1/8')} is not {@code cidr('10.0.0.0/8')}; {@code masked()}
 * clears the host bits), never IPv4-mapped IPv6. Containment is Go's {@code netip.Prefix} one:
 * addresses of the other family are never inside.
 */
record KubernetesCidr(KubernetesIp address, int bits) implements OpaqueCelValue {

  static final OpaqueType TYPE = OpaqueType.create("net.CIDR");
  private static final String PARSE_ERROR =
      "network address parse error during conversion from string: ";

  static KubernetesCidr parse(String text) throws ParseException {
    GoNetip.Prefix prefix;
    try {
      prefix = GoNetip.parsePrefix(text);
    } catch (ParseException e) {
      // Kubernetes adds this context twice, once where it parses and once where it converts
      throw new ParseException(PARSE_ERROR + PARSE_ERROR + e.getMessage());
    }
    if (KubernetesIp.isIpv4Mapped(prefix.address().bytes())) {
      throw new ParseException(
          PARSE_ERROR + "IPv4-mapped IPv6 address " + GoNetip.quote(text) + " is not allowed");
    }
    return new KubernetesCidr(new KubernetesIp(prefix.address().bytes()), prefix.bits());
  }

  @Override
  public OpaqueType celType() {
    return TYPE;
  }

  KubernetesCidr masked() {
    return new KubernetesCidr(new KubernetesIp(mask(address.bytes(), bits)), bits);
  }

  boolean contains(KubernetesIp ip) {
    return ip.isIpv4() == address.isIpv4()
        && Arrays.equals(mask(ip.bytes(), bits), mask(address.bytes(), bits));
  }

  /**
   * Go's {@code Overlaps} and a prefix no longer than the other's: the other lies inside this one.
   */
  boolean contains(KubernetesCidr other) {
    if (other.address.isIpv4() != address.isIpv4() || other.bits < bits) {
      return false;
    }
    return Arrays.equals(mask(other.address.bytes(), bits), mask(address.bytes(), bits));
  }

  private static byte[] mask(byte[] bytes, int bits) {
    byte[] masked = bytes.clone();
    for (int i = 0; i < masked.length; i++) {
      int keep = Math.max(0, Math.min(Byte.SIZE, bits - i * Byte.SIZE));
      masked[i] &= (byte) (0xff << (Byte.SIZE - keep));
    }
    return masked;
  }

  @Override
  public String toString() {
    return address + "/" + bits;
  }
}
