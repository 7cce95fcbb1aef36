package run.kro.ui.audit;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Optional;

/**
 * The object a write was about.
 *
 * @param namespace empty for cluster-scoped kinds
 * @param uid known once the server has the object; lets {@code kubectl describe} find the event
 */
public record AuditTarget(
    String apiVersion, String kind, Optional<String> namespace, String name, Optional<String> uid) {

  public static AuditTarget of(
      String apiVersion, String kind, Optional<String> namespace, String name) {
    return new AuditTarget(apiVersion, kind, namespace, name, Optional.empty());
  }

  /** The object as the server returned it (or as it was sent, when the server refused it). */
  public static AuditTarget of(HasMetadata object) {
    return new AuditTarget(
        object.getApiVersion(),
        object.getKind(),
        Optional.ofNullable(object.getMetadata().getNamespace()).filter(ns -> !ns.isEmpty()),
        object.getMetadata().getName(),
        Optional.ofNullable(object.getMetadata().getUid()));
  }

  public AuditTarget withUid(String uid) {
    return new AuditTarget(apiVersion, kind, namespace, name, Optional.ofNullable(uid));
  }

  /** e.g. {@code WebApp team-a/shop}. */
  public String describe() {
    return kind + " " + namespace.map(ns -> ns + "/").orElse("") + name;
  }
}
