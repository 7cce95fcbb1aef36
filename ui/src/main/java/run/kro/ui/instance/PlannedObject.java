package run.kro.ui.instance;

import java.util.Optional;

/**
 * One object the controller will apply for an instance, as the backend renders it now.
 *
 * @param namespace empty for cluster-scoped kinds
 * @param yaml the whole object, kro's labels and annotations included; a Secret's values hidden
 * @param check what the API server said of it in a dry run sent as the user
 */
public record PlannedObject(
    String apiVersion,
    String kind,
    Optional<String> namespace,
    String name,
    String yaml,
    ChildCheck check) {

  /** {@code Kind namespace/name}, as the preview names it. */
  public String describe() {
    return kind + " " + namespace.map(ns -> ns + "/").orElse("") + name;
  }
}
