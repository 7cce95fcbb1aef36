package run.kro.backend.api;

import java.util.Optional;
import run.kro.backend.kinds.GroupVersionKind;

/**
 * Where an external reference points once its expressions are evaluated: one object by name, or the
 * objects matching a label selector (Kubernetes selector syntax, e.g. {@code app=web,tier in
 * (a,b)}, ready for a LIST call).
 *
 * @param namespace empty for cluster-scoped kinds, and for a selector over all namespaces
 * @param name set for a reference by name
 * @param labelSelector set for a reference by selector; an empty string selects everything
 */
public record ExternalTarget(
    String nodeId,
    GroupVersionKind gvk,
    Optional<String> namespace,
    Optional<String> name,
    Optional<String> labelSelector) {

  public boolean isCollection() {
    return labelSelector.isPresent();
  }
}
