package run.kro.backend.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import run.kro.backend.kinds.GroupVersionKind;

/**
 * Who an instance is, as its children's labels and its ApplySet record it.
 *
 * @param namespace empty for a cluster-scoped instance
 */
public record InstanceIdentity(
    GroupVersionKind gvk, Optional<String> namespace, String name, String uid) {

  public static InstanceIdentity of(GroupVersionKind gvk, JsonNode instance) {
    JsonNode metadata = instance.path("metadata");
    String namespace = metadata.path("namespace").asText("");
    return new InstanceIdentity(
        gvk,
        namespace.isEmpty() ? Optional.empty() : Optional.of(namespace),
        metadata.path("name").asText(""),
        metadata.path("uid").asText(""));
  }

  /**
   * The ApplySet id (KEP-3659): {@code applyset-<base64url(sha256(name.namespace.Kind.group))>-v1},
   * stable for the life of the instance.
   */
  public String applySetId() {
    String key = name + "." + namespace.orElse("") + "." + gvk.kind() + "." + gvk.group();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "applyset-" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "-v1";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
