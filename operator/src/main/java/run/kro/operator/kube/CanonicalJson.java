package run.kro.operator.kube;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * A canonical text of a JSON tree, object keys sorted, so that equal trees always hash alike (also
 * across restarts and JVMs). It is for hashing only, not valid JSON to read back.
 */
public final class CanonicalJson {

  private CanonicalJson() {}

  public static String write(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(node, out);
    return out.toString();
  }

  /** SHA-256 of the canonical text, the first 16 bytes in hex. */
  public static String hash(JsonNode node) {
    MessageDigest digest = sha256();
    digest.update(write(node).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest.digest(), 0, 16);
  }

  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static void write(JsonNode node, StringBuilder out) {
    if (node.isObject()) {
      Map<String, JsonNode> sorted = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        sorted.put(field.getKey(), field.getValue());
      }
      out.append('{');
      sorted.forEach(
          (key, value) -> {
            out.append('"').append(key).append("\":");
            write(value, out);
            out.append(',');
          });
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      node.forEach(
          item -> {
            write(item, out);
            out.append(',');
          });
      out.append(']');
    } else {
      out.append(node.toString());
    }
  }
}
