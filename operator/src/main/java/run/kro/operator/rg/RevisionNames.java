package run.kro.operator.rg;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;
import run.kro.backend.model.ResourceGroupKind;

/**
 * The name of a GraphRevision object. A ResourceGraphDefinition's revision 3 is {@code
 * <name>-r00003}, as upstream kro names it; a ResourceGroup's is {@code <name>.r00003}, so that a
 * ResourceGroup and a ResourceGraphDefinition can never name the same object. A name that would
 * pass the 253 characters an object name may have is shortened and made unique by a hash of the
 * full name.
 */
final class RevisionNames {

  static final int MAX_LENGTH = 253;

  private RevisionNames() {}

  static String of(ResourceGroupKey key, long revision) {
    String separator = key.kind() == ResourceGroupKind.RESOURCE_GRAPH_DEFINITION ? "-" : ".";
    String suffix = separator + String.format(Locale.ROOT, "r%05d", revision);
    String name = key.name() + suffix;
    if (name.length() <= MAX_LENGTH) {
      return name;
    }
    String hash = "-" + Long.toHexString(crc(key.name()));
    String kept = key.name().substring(0, MAX_LENGTH - suffix.length() - hash.length());
    return trimTrailingPunctuation(kept) + hash + suffix;
  }

  private static String trimTrailingPunctuation(String name) {
    int end = name.length();
    while (end > 0 && (name.charAt(end - 1) == '-' || name.charAt(end - 1) == '.')) {
      end--;
    }
    return name.substring(0, end);
  }

  private static long crc(String text) {
    CRC32 crc = new CRC32();
    crc.update(text.getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }
}
