package run.kro.ui.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/**
 * A fingerprint of a change without its content: the sha-256 (hex) of the object's canonical JSON —
 * keys sorted at every level, no nulls, no whitespace — so the same object always gives the same
 * hash, whatever the field order.
 */
public final class AuditDigest {

  private static final ObjectMapper CANONICAL =
      new ObjectMapper()
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .setSerializationInclusion(JsonInclude.Include.NON_NULL);

  private AuditDigest() {}

  /** {@code object}: a Jackson tree, a fabric8 model object or a map. */
  public static String sha256(Object object) {
    return Hashing.sha256().hashString(canonicalJson(object), StandardCharsets.UTF_8).toString();
  }

  static String canonicalJson(Object object) {
    try {
      // As plain maps and lists, so that ORDER_MAP_ENTRIES_BY_KEYS sorts every level (it skips
      // Jackson trees).
      return CANONICAL.writeValueAsString(CANONICAL.convertValue(object, Object.class));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "cannot write the object as canonical JSON: " + e.getMessage(), e);
    }
  }
}
