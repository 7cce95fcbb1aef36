package run.kro.ui.rg;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Service;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.ui.audit.AuditResult;
import run.kro.ui.audit.AuditTarget;
import run.kro.ui.audit.AuditTrail;
import run.kro.ui.audit.AuditVerb;
import run.kro.ui.base.ClusterAccess;

/**
 * Deleting a ResourceGroup from the console, as the signed-in user. Before: how many instances its
 * kind has. After: whether it is gone, or still held by the controller's finalizer (the controller
 * can be set to keep a ResourceGroup until its instances are deleted, and says so in its status).
 * Every request is audited.
 */
@Service
public class ResourceGroupDeletion {

  private final ResourceGroupCatalog catalog;
  private final ResourceGroupObjects objects;
  private final AuditTrail audit;

  public ResourceGroupDeletion(
      ClusterAccess cluster, ResourceGroupCatalog catalog, AuditTrail audit) {
    this.catalog = catalog;
    this.objects = new ResourceGroupObjects(cluster);
    this.audit = audit;
  }

  /**
   * What is known before deleting: the kind it defines and how many instances exist (empty: not
   * visible).
   */
  public record Impact(String instanceKind, OptionalLong instances) {}

  /**
   * How a deletion ended: {@code gone}, or held, with the controller's word on why (empty before it
   * has spoken).
   */
  public record Outcome(boolean gone, Optional<String> heldBecause, Optional<String> refusal) {

    public boolean refused() {
      return refusal.isPresent();
    }
  }

  public Optional<Impact> impact(ResourceGroupKind kind, String name) {
    return catalog.list().stream()
        .filter(s -> s.sourceKind() == kind && s.name().equals(name))
        .findFirst()
        .map(s -> new Impact(s.instanceKind(), s.instanceCount()));
  }

  public Outcome delete(ResourceGroupKind kind, String name) {
    AuditTarget target =
        AuditTarget.of(
            ResourceGroupKind.GROUP + "/" + ResourceGroupKind.VERSION,
            kind.kind(),
            Optional.empty(),
            name);
    try {
      objects.delete(kind, name);
      audit.record(AuditVerb.DELETE, target, AuditResult.succeeded(), Optional.empty());
    } catch (KubernetesClientException e) {
      String message = ApiErrorText.of(e);
      audit.record(AuditVerb.DELETE, target, AuditResult.of(e, message), Optional.empty());
      return new Outcome(false, Optional.empty(), Optional.of(message));
    }
    return objects
        .get(kind, name)
        .map(held -> new Outcome(false, Optional.of(heldBecause(held)), Optional.empty()))
        .orElse(new Outcome(true, Optional.empty(), Optional.empty()));
  }

  /**
   * The message of the first condition that is not True (the controller's DeletionBlocked), else
   * the finalizers.
   */
  private static String heldBecause(GenericKubernetesResource held) {
    if (held.get("status", "conditions") instanceof List<?> conditions) {
      for (Object condition : conditions) {
        if (condition instanceof Map<?, ?> c
            && "DeletionBlocked".equals(c.get("reason"))
            && c.get("message") instanceof String message) {
          return message;
        }
      }
    }
    return "the controller removes it once it has finished (finalizers: "
        + String.join(", ", held.getMetadata().getFinalizers())
        + ")";
  }
}
