package run.kro.ui.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * The audit log line: one JSON object with fixed field names, in a fixed order, for log shippers —
 * {@code ts, subject, groups, verb, apiVersion, kind, namespace, name, result, diffSha256}. {@code
 * namespace} is null for cluster-scoped objects, {@code diffSha256} for deletes. It never carries
 * the object's content.
 */
final class AuditLine {

  static final String[] FIELDS = {
    "ts",
    "subject",
    "groups",
    "verb",
    "apiVersion",
    "kind",
    "namespace",
    "name",
    "result",
    "diffSha256"
  };

  private static final ObjectMapper JSON = new ObjectMapper();

  private AuditLine() {}

  static String json(AuditEntry entry, Instant ts) {
    ObjectNode line = JSON.createObjectNode();
    line.put("ts", ts.toString());
    line.put("subject", entry.subject());
    ArrayNode groups = line.putArray("groups");
    entry.groups().forEach(groups::add);
    line.put("verb", entry.verb().word());
    line.put("apiVersion", entry.target().apiVersion());
    line.put("kind", entry.target().kind());
    line.put("namespace", entry.target().namespace().orElse(null));
    line.put("name", entry.target().name());
    line.put("result", entry.result().text());
    line.put("diffSha256", entry.diffSha256().orElse(null));
    return line.toString();
  }
}
