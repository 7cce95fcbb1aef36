package run.kro.operator.instance;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Map;
import java.util.Optional;
import run.kro.backend.api.DesiredObject;
import run.kro.backend.api.KroMetadata;
import run.kro.operator.kube.ApiErrors;
import run.kro.operator.kube.Json;
import run.kro.operator.kube.JsonSubset;
import run.kro.operator.kube.KindInformers;
import run.kro.operator.kube.OwnWrites;
import run.kro.operator.kube.OwnedFields;
import run.kro.operator.kube.ResourceKinds;
import run.kro.operator.kube.UnseenApplies;
import run.kro.operator.serviceaccounts.ApplyIdentity;
import run.kro.operator.serviceaccounts.ChildAccess;
import run.kro.operator.serviceaccounts.ChildClients;

/**
 * Makes one desired object exist: server-side apply with kro's field manager, forced, unless the
 * live object already holds every desired field and kro owns no field the desired object has
 * dropped (then nothing is written). Refuses to touch an object that belongs to another ApplySet,
 * and waits for a terminating object to go away. Transient API failures are thrown, to be retried
 * with backoff.
 *
 * <p>Writes go through the child's {@link ApplyIdentity}: the service account the ResourceGroup
 * names for the child's namespace, impersonated, or the controller. A child no identity may write
 * is rejected; a write the API server forbids (HTTP 403) is rejected with who tried what where, and
 * retried with backoff, as RBAC may be fixed later.
 *
 * <p>The live object comes from the watch cache of kro's children, so creating a child costs one
 * request, as a bare apply would; until the cache shows kro's own latest apply, that apply's result
 * stands in for it ({@link UnseenApplies}). An object without kro's labels is not in that cache and
 * is adopted by the apply (upstream's adopt-or-create). Two instances creating the same new object
 * within the cache's latency could both apply it; the one that does not end up owning it reports
 * the conflict on its next reconcile.
 */
final class ChildApplier {

  private final ResourceKinds kinds;
  private final KindInformers children;
  private final OwnWrites ownWrites;
  private final UnseenApplies unseen;

  ChildApplier(
      ResourceKinds kinds, KindInformers children, OwnWrites ownWrites, UnseenApplies unseen) {
    this.kinds = kinds;
    this.children = children;
    this.ownWrites = ownWrites;
    this.unseen = unseen;
  }

  ApplyOutcome ensure(DesiredObject desired, String applySetId, ChildAccess access) {
    ChildClients.Resolution resolution = access.resolve(desired.namespace());
    if (resolution instanceof ChildClients.Resolution.Refused refused) {
      return new ApplyOutcome.Rejected(describe(desired) + ": " + refused.message());
    }
    ApplyIdentity identity = ((ChildClients.Resolution.Granted) resolution).identity();
    Optional<GenericKubernetesResource> live =
        unseen.newest(
            desired.gvk(),
            desired.namespace(),
            desired.name(),
            children.get(desired.gvk(), desired.namespace(), desired.name()));
    if (live.isPresent()) {
      GenericKubernetesResource current = live.get();
      String owner = labels(current).getOrDefault(KroMetadata.APPLYSET_PART_OF, applySetId);
      if (!owner.equals(applySetId)) {
        return new ApplyOutcome.Conflict(
            "resource belongs to a different ApplySet: "
                + describe(desired)
                + " belongs to ApplySet "
                + owner
                + ", cannot reassign to "
                + applySetId);
      }
      if (current.getMetadata().getDeletionTimestamp() != null) {
        return new ApplyOutcome.Terminating(
            describe(desired) + " is being deleted; it is created again once it is gone");
      }
      JsonNode liveTree = Json.MAPPER.valueToTree(current);
      if (JsonSubset.heldBy(desired.object(), liveTree)
          && !OwnedFields.droppedFrom(
              desired.object(), liveTree, KroMetadata.FIELD_MANAGER_APPLYSET)) {
        return new ApplyOutcome.Observed(liveTree, false);
      }
    }
    return apply(desired, identity, live.isPresent());
  }

  private ApplyOutcome apply(DesiredObject desired, ApplyIdentity identity, boolean exists) {
    var kind = kinds.require(desired.gvk());
    try {
      var resources = identity.client().genericKubernetesResources(kind);
      GenericKubernetesResource object = Json.generic(desired.object());
      var target =
          desired.namespace().isPresent()
              ? resources.inNamespace(desired.namespace().get()).resource(object)
              : resources.resource(object);
      GenericKubernetesResource applied =
          target
              .fieldManager(KroMetadata.FIELD_MANAGER_APPLYSET)
              .forceConflicts()
              .serverSideApply();
      ownWrites.wrote(applied);
      unseen.applied(applied);
      return new ApplyOutcome.Observed(Json.MAPPER.valueToTree(applied), true);
    } catch (KubernetesClientException e) {
      if (ApiErrors.isTransient(e)) {
        throw e;
      }
      if (ApiErrors.isForbidden(e)) {
        return new ApplyOutcome.Rejected(
            identity.forbidden(
                exists ? "update" : "create",
                kind.getPlural(),
                desired.namespace(),
                ApiErrors.message(e)));
      }
      return new ApplyOutcome.Rejected(describe(desired) + ": " + ApiErrors.message(e));
    }
  }

  private static Map<String, String> labels(GenericKubernetesResource object) {
    return object.getMetadata().getLabels() == null ? Map.of() : object.getMetadata().getLabels();
  }

  static String describe(DesiredObject desired) {
    return desired.gvk().kind()
        + " "
        + desired.namespace().map(ns -> ns + "/").orElse("")
        + desired.name();
  }
}
