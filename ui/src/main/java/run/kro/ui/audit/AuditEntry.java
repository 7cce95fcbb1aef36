package run.kro.ui.audit;

import java.util.List;
import java.util.Optional;

/**
 * One write the console made for someone: who (user name and groups), what (verb and object), how
 * it ended, and a fingerprint of the change — never its content.
 *
 * @param diffSha256 sha-256 (hex) of the applied object's canonical JSON ({@link AuditDigest});
 *     empty for a delete
 */
public record AuditEntry(
    String subject,
    List<String> groups,
    AuditVerb verb,
    AuditTarget target,
    AuditResult result,
    Optional<String> diffSha256) {

  public AuditEntry {
    groups = List.copyOf(groups);
  }

  /** e.g. {@code alice (team-a)}. */
  String who() {
    return subject + (groups.isEmpty() ? "" : " (" + String.join(", ", groups) + ")");
  }
}
