package run.kro.backend.cel.library;

import com.google.common.net.InetAddresses;
import dev.cel.common.types.OpaqueType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * An IP address as Kubernetes' {@code ip()} gives it: IPv4 or IPv6, never with a zone, never
 * IPv4-mapped IPv6. The predicates are Go's {@code netip.Addr} ones; the text is Go's canonical
 * form (IPv6 lower-case, the longest run of zero groups as {@code ::}).
 */
final class KubernetesIp implements OpaqueCelValue {

  static final OpaqueType TYPE = OpaqueType.create("net.IP");
  private static final int IPV4 = 4;
  private static final int IPV6 = 6;

  private final byte[] bytes;

  KubernetesIp(byte[] bytes) {
    this.bytes = bytes.clone();
  }

  /** Kubernetes' {@code parseIPAddr}: Go's rules, and no zones or IPv4-mapped addresses. */
  static KubernetesIp parse(String text) throws ParseException {
    GoNetip.Address address;
    try {
      address = GoNetip.parseAddr(text);
    } catch (ParseException e) {
      throw new ParseException(
          "IP Address "
              + GoNetip.quote(text)
              + " parse error during conversion from string: "
              + e.getMessage());
    }
    if (!address.zone().isEmpty()) {
      throw new ParseException(
          "IP address " + GoNetip.quote(text) + " with zone value is not allowed");
    }
    if (isIpv4Mapped(address.bytes())) {
      throw new ParseException(
          "IPv4-mapped IPv6 address " + GoNetip.quote(text) + " is not allowed");
    }
    return new KubernetesIp(address.bytes());
  }

  static boolean isIpv4Mapped(byte[] bytes) {
    if (bytes.length != 16) {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
  }

  @Override
  public OpaqueType celType() {
    return TYPE;
  }

  byte[] bytes() {
    return bytes.clone();
  }

  boolean isIpv4() {
    return bytes.length == 4;
  }

  long family() {
    return isIpv4() ? IPV4 : IPV6;
  }

  private int octet(int index) {
    return bytes[index] & 0xff;
  }

  boolean isUnspecified() {
    for (byte b : bytes) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  boolean isLoopback() {
    if (isIpv4()) {
      return octet(0) == 127;
    }
    for (int i = 0; i < 15; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return bytes[15] == 1;
  }

  boolean isMulticast() {
    return isIpv4() ? (octet(0) & 0xf0) == 0xe0 : octet(0) == 0xff;
  }

  boolean isLinkLocalMulticast() {
    return isIpv4()
        ? octet(0) == 224 && octet(1) == 0 && octet(2) == 0
        : octet(0) == 0xff && (octet(1) & 0x0f) == 0x02;
  }

  boolean isLinkLocalUnicast() {
    return isIpv4()
        ? octet(0) == 169 && octet(1) == 254
        : octet(0) == 0xfe && (octet(1) & 0xc0) == 0x80;
  }

  /** Go's definition: private and unique-local addresses count as global unicast. */
  boolean isGlobalUnicast() {
    boolean broadcast =
        isIpv4() && octet(0) == 255 && octet(1) == 255 && octet(2) == 255 && octet(3) == 255;
    return !broadcast
        && !isUnspecified()
        && !isLoopback()
        && !isMulticast()
        && !isLinkLocalUnicast();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KubernetesIp ip && Arrays.equals(bytes, ip.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    try {
      return InetAddresses.toAddrString(InetAddress.getByAddress(bytes));
    } catch (UnknownHostException e) {
      throw new IllegalStateException("an address has 4 or 16 bytes", e);
    }
  }
}
