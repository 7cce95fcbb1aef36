package run.kro.backend.cel.library;

import com.google.common.primitives.UnsignedLong;
import dev.cel.common.types.OpaqueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A semantic version as Kubernetes' {@code semver()} parses it (Go's blang/semver {@code Parse}):
 * exactly {@code major.minor.patch}, no {@code v} prefix, no leading zeros, optional {@code
 * -prerelease} and {@code +build}; upstream kro's environment does not offer the normalizing {@code
 * semver(s, true)}. Versions compare by major, minor, patch, then prerelease (a release is greater
 * than its prereleases; numeric identifiers are smaller than alphanumeric ones); build metadata
 * never counts, so {@code 1.0.0+a} equals {@code 1.0.0+b}.
 */
final class KubernetesSemver implements OpaqueCelValue, Comparable<KubernetesSemver> {

  static final OpaqueType TYPE = OpaqueType.create("kubernetes.Semver");
  private static final String NUMBERS = "0123456789";
  private static final String ALPHANUMERIC =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-" + NUMBERS;

  private final UnsignedLong major;
  private final UnsignedLong minor;
  private final UnsignedLong patch;
  private final List<Object> prerelease;

  private KubernetesSemver(
      UnsignedLong major, UnsignedLong minor, UnsignedLong patch, List<Object> prerelease) {
    this.major = major;
    this.minor = minor;
    this.patch = patch;
    this.prerelease = List.copyOf(prerelease);
  }

  static KubernetesSemver parse(String text) throws ParseException {
    if (text.isEmpty()) {
      throw new ParseException("Version string empty");
    }
    String[] parts = text.split("\\.", 3);
    if (parts.length != 3) {
      throw new ParseException("No Major.Minor.Patch elements found");
    }
    UnsignedLong major = number(parts[0], "major", "Major");
    UnsignedLong minor = number(parts[1], "minor", "Minor");
    String patchText = parts[2];
    List<String> build = List.of();
    List<String> prereleaseParts = List.of();
    int plus = patchText.indexOf('+');
    if (plus >= 0) {
      build = List.of(patchText.substring(plus + 1).split("\\.", -1));
      patchText = patchText.substring(0, plus);
    }
    int dash = patchText.indexOf('-');
    if (dash >= 0) {
      prereleaseParts = List.of(patchText.substring(dash + 1).split("\\.", -1));
      patchText = patchText.substring(0, dash);
    }
    UnsignedLong patch = number(patchText, "patch", "Patch");
    List<Object> prerelease = new ArrayList<>();
    for (String identifier : prereleaseParts) {
      prerelease.add(prereleaseIdentifier(identifier));
    }
    for (String identifier : build) {
      if (identifier.isEmpty()) {
        throw new ParseException("Build meta data is empty");
      }
      if (!containsOnly(identifier, ALPHANUMERIC)) {
        throw new ParseException(
            "Invalid character(s) found in build meta data " + GoNetip.quote(identifier));
      }
    }
    return new KubernetesSemver(major, minor, patch, prerelease);
  }

  private static UnsignedLong number(String text, String name, String capitalized)
      throws ParseException {
    if (!containsOnly(text, NUMBERS)) {
      throw new ParseException(
          "Invalid character(s) found in " + name + " number " + GoNetip.quote(text));
    }
    if (text.length() > 1 && text.charAt(0) == '0') {
      throw new ParseException(
          capitalized + " number must not contain leading zeroes " + GoNetip.quote(text));
    }
    return parseUnsigned(text);
  }

  /**
   * A numeric prerelease identifier as an {@code UnsignedLong}, an alphanumeric one as its {@code
   * String}.
   */
  private static Object prereleaseIdentifier(String identifier) throws ParseException {
    if (identifier.isEmpty()) {
      throw new ParseException("Prerelease is empty");
    }
    if (containsOnly(identifier, NUMBERS)) {
      if (identifier.length() > 1 && identifier.charAt(0) == '0') {
        throw new ParseException(
            "Numeric PreRelease version must not contain leading zeroes "
                + GoNetip.quote(identifier));
      }
      return parseUnsigned(identifier);
    }
    if (!containsOnly(identifier, ALPHANUMERIC)) {
      throw new ParseException(
          "Invalid character(s) found in prerelease " + GoNetip.quote(identifier));
    }
    return identifier;
  }

  /**
   * Go's {@code strconv.ParseUint} on digits: empty is invalid syntax, more than 64 bits out of
   * range.
   */
  private static UnsignedLong parseUnsigned(String digits) throws ParseException {
    if (digits.isEmpty()) {
      throw new ParseException("strconv.ParseUint: parsing \"\": invalid syntax");
    }
    try {
      return UnsignedLong.valueOf(digits);
    } catch (NumberFormatException e) {
      throw new ParseException(
          "strconv.ParseUint: parsing " + GoNetip.quote(digits) + ": value out of range");
    }
  }

  private static boolean containsOnly(String text, String allowed) {
    return text.codePoints().allMatch(c -> allowed.indexOf(c) >= 0);
  }

  @Override
  public OpaqueType celType() {
    return TYPE;
  }

  /** The parts as CEL ints; like Kubernetes, a part above 2^63-1 wraps. */
  long major() {
    return major.longValue();
  }

  long minor() {
    return minor.longValue();
  }

  long patch() {
    return patch.longValue();
  }

  @Override
  public int compareTo(KubernetesSemver other) {
    int byRelease =
        major.compareTo(other.major) != 0
            ? major.compareTo(other.major)
            : minor.compareTo(other.minor) != 0
                ? minor.compareTo(other.minor)
                : patch.compareTo(other.patch);
    if (byRelease != 0) {
      return Integer.signum(byRelease);
    }
    if (prerelease.isEmpty() || other.prerelease.isEmpty()) {
      return Boolean.compare(prerelease.isEmpty(), other.prerelease.isEmpty());
    }
    for (int i = 0; i < Math.min(prerelease.size(), other.prerelease.size()); i++) {
      int byIdentifier = compareIdentifiers(prerelease.get(i), other.prerelease.get(i));
      if (byIdentifier != 0) {
        return byIdentifier;
      }
    }
    return Integer.signum(Integer.compare(prerelease.size(), other.prerelease.size()));
  }

  private static int compareIdentifiers(Object a, Object b) {
    if (a instanceof UnsignedLong x && b instanceof UnsignedLong y) {
      return Integer.signum(x.compareTo(y));
    }
    if (a instanceof String x && b instanceof String y) {
      return Integer.signum(CelOrdering.compareCodePoints(x, y));
    }
    return a instanceof UnsignedLong ? -1 : 1;
  }

  /** Equal versions, build metadata aside. */
  @Override
  public boolean equals(Object other) {
    return other instanceof KubernetesSemver version && compareTo(version) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(major, minor, patch, prerelease);
  }

  @Override
  public String toString() {
    return major
        + "."
        + minor
        + "."
        + patch
        + (prerelease.isEmpty()
            ? ""
            : "-" + String.join(".", prerelease.stream().map(Object::toString).toList()));
  }
}
