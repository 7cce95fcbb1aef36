package run.kro.operator.instance;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import run.kro.operator.kube.CanonicalJson;

/**
 * A hash of everything one reconcile wants to exist: the graph revision, every rendered object in
 * apply order, and the resources left out. It is kept in the instance's status, so it survives
 * restarts; an unchanged hash means there is nothing to prune.
 */
final class DesiredStateHash {

  private final MessageDigest digest = CanonicalJson.sha256();

  DesiredStateHash(long revision) {
    update("revision:" + revision);
  }

  void add(String nodeId, JsonNode object) {
    update("node:" + nodeId);
    update(CanonicalJson.write(object));
  }

  void skipped(String nodeId) {
    update("skipped:" + nodeId);
  }

  /** The first 16 bytes, hex: plenty to tell states apart, short enough to read in a status. */
  String value() {
    try {
      return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest(), 0, 16);
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 digests can be cloned", e);
    }
  }

  private void update(String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }
}
