package run.kro.ui.base;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Secret values never shown: wherever the console shows or diffs an object, a {@code v1 Secret}'s
 * {@code data} and {@code stringData} values (and its {@code last-applied-configuration}
 * annotation, a copy of them) become {@value #HIDDEN_PREFIX}N bytes&gt;; the keys stay visible. The
 * one place that decides what is hidden.
 */
public final class SecretRedaction {

  static final String HIDDEN_PREFIX = "<hidden: ";

  /** Written by {@code kubectl apply}: a copy of the whole object, values included. */
  public static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

  /**
   * A template value that is only an expression, e.g. {@code ${schema.spec.password}}: a reference,
   * not a secret.
   */
  private static final Pattern ONLY_EXPRESSION = Pattern.compile("\\$\\{[^{}]*}");

  private SecretRedaction() {}

  /** The placeholder for a value of {@code bytes} bytes. */
  public static String hidden(int bytes) {
    return HIDDEN_PREFIX + bytes + " bytes>";
  }

  public static boolean isSecret(JsonNode object) {
    return "v1".equals(object.path("apiVersion").asText())
        && "Secret".equals(object.path("kind").asText());
  }

  /** A copy of {@code object}; when it is a Secret, with its values hidden. */
  public static JsonNode redact(JsonNode object) {
    JsonNode copy = object.deepCopy();
    if (copy instanceof ObjectNode secret && isSecret(secret)) {
      hideValues(secret, false);
    }
    return copy;
  }

  /**
   * A copy of a ResourceGroup (or any object) whose {@code spec.resources[].template}s that are
   * Secrets have their values hidden, except values that are a single {@code ${...}} expression:
   * those name where the value comes from and are what an author needs to see. The object itself is
   * redacted too when it is a Secret.
   */
  public static JsonNode redactTemplates(JsonNode resourceGroup) {
    JsonNode copy = redact(resourceGroup);
    for (JsonNode resource : copy.path("spec").path("resources")) {
      if (resource.path("template") instanceof ObjectNode template && isSecret(template)) {
        hideValues(template, true);
      }
    }
    return copy;
  }

  private static void hideValues(ObjectNode secret, boolean keepExpressions) {
    if (secret.get("data") instanceof ObjectNode data) {
      hideEach(data, true, keepExpressions);
    }
    if (secret.get("stringData") instanceof ObjectNode stringData) {
      hideEach(stringData, false, keepExpressions);
    }
    if (secret.path("metadata").get("annotations") instanceof ObjectNode annotations
        && annotations.has(LAST_APPLIED)) {
      annotations.put(LAST_APPLIED, hidden(utf8Length(annotations.get(LAST_APPLIED).asText())));
    }
  }

  private static void hideEach(ObjectNode values, boolean base64, boolean keepExpressions) {
    for (Map.Entry<String, JsonNode> entry : values.properties()) {
      String text =
          entry.getValue().isValueNode() ? entry.getValue().asText() : entry.getValue().toString();
      if (keepExpressions && ONLY_EXPRESSION.matcher(text.strip()).matches()) {
        continue;
      }
      entry.setValue(values.textNode(hidden(base64 ? decodedLength(text) : utf8Length(text))));
    }
  }

  /**
   * The size of the secret itself, not of its base64 text; a value that is not base64 counts as
   * text.
   */
  private static int decodedLength(String base64) {
    try {
      return Base64.getDecoder().decode(base64).length;
    } catch (IllegalArgumentException e) {
      return utf8Length(base64);
    }
  }

  private static int utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
