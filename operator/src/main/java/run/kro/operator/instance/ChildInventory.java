package run.kro.operator.instance;

import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import run.kro.backend.api.KroMetadata;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.operator.kube.ApiErrors;
import run.kro.operator.kube.ResourceKinds;
import run.kro.operator.serviceaccounts.ApplyIdentity;
import run.kro.operator.serviceaccounts.ChildAccess;
import run.kro.operator.serviceaccounts.ChildClients;

/**
 * The children an instance has in the cluster, found as an ApplySet (KEP-3659) finds its members:
 * by the {@code applyset.kubernetes.io/part-of} label, in the group-kinds the instance records,
 * across all namespaces. This needs no CEL and no graph, so deletion works even when the
 * ResourceGroup no longer compiles (docs/design.md#deletion).
 *
 * <p>Members are listed with the controller's own client (a read across namespaces, as its watches
 * make); each is deleted as the identity that may write it ({@link ChildAccess}).
 */
final class ChildInventory {

  private final KubernetesClient client;
  private final ResourceKinds kinds;

  ChildInventory(KubernetesClient client, ResourceKinds kinds) {
    this.client = client;
    this.kinds = kinds;
  }

  /**
   * The members of ApplySet {@code applySetId} among {@code groupKinds} ({@code Kind} or {@code
   * Kind.group}).
   */
  List<Child> members(String applySetId, Collection<String> groupKinds) {
    List<Child> members = new ArrayList<>();
    for (String groupKind : groupKinds) {
      Optional<GroupVersionKind> gvk = resolve(groupKind);
      if (gvk.isEmpty()) {
        continue;
      }
      var resources =
          client
              .genericKubernetesResources(kinds.require(gvk.get()))
              .inAnyNamespace()
              .withLabel(KroMetadata.APPLYSET_PART_OF, applySetId);
      resources.list().getItems().forEach(item -> members.add(new Child(gvk.get(), item)));
    }
    return members;
  }

  /**
   * Deletes a child as the identity that may write it. Dependents of the child (a Job's pods, a
   * Deployment's ReplicaSets) are deleted in the background rather than orphaned.
   */
  Deletion delete(Child child, ChildAccess access) {
    GenericKubernetesResource object = child.object();
    Optional<String> namespace = Optional.ofNullable(object.getMetadata().getNamespace());
    ChildClients.Resolution resolution = access.resolve(namespace);
    if (resolution instanceof ChildClients.Resolution.Refused refused) {
      return new Deletion.Refused(child.describe() + ": " + refused.message());
    }
    ApplyIdentity identity = ((ChildClients.Resolution.Granted) resolution).identity();
    var kind = kinds.require(child.gvk());
    var resources = identity.client().genericKubernetesResources(kind);
    var named =
        object.getMetadata().getNamespace() == null
            ? resources.withName(object.getMetadata().getName())
            : resources
                .inNamespace(object.getMetadata().getNamespace())
                .withName(object.getMetadata().getName());
    try {
      named.withPropagationPolicy(DeletionPropagation.BACKGROUND).delete();
      return new Deletion.Deleted();
    } catch (KubernetesClientException e) {
      if (ApiErrors.isNotFound(e)) {
        return new Deletion.Gone();
      }
      if (ApiErrors.isForbidden(e)) {
        return new Deletion.Refused(
            child.describe()
                + ": "
                + identity.forbidden("delete", kind.getPlural(), namespace, ApiErrors.message(e)));
      }
      throw e;
    }
  }

  /** What became of a delete request. */
  sealed interface Deletion {

    /** The API server accepted the deletion. */
    record Deleted() implements Deletion {}

    /** The child was already gone. */
    record Gone() implements Deletion {}

    /** No identity may delete the child, or the API server forbade it (retried with backoff). */
    record Refused(String message) implements Deletion {}
  }

  private Optional<GroupVersionKind> resolve(String groupKind) {
    int dot = groupKind.indexOf('.');
    String kind = dot < 0 ? groupKind : groupKind.substring(0, dot);
    String group = dot < 0 ? "" : groupKind.substring(dot + 1);
    return kinds
        .preferredVersion(group)
        .map(version -> new GroupVersionKind(group, version, kind))
        .filter(gvk -> kinds.find(gvk).isPresent());
  }

  /** A child object and its kind. */
  record Child(GroupVersionKind gvk, GenericKubernetesResource object) {

    Map<String, String> annotations() {
      Map<String, String> annotations = object.getMetadata().getAnnotations();
      return annotations == null ? Map.of() : annotations;
    }

    /** The template asked kro to leave this object in place when it would delete it. */
    boolean retained() {
      return KroMetadata.DELETION_POLICY_RETAIN.equalsIgnoreCase(
          annotations().get(KroMetadata.DELETION_POLICY));
    }

    /**
     * The deletion wave recorded when the child was applied; 0 (deleted last) when missing or
     * unreadable.
     */
    int wave() {
      try {
        return Integer.parseInt(annotations().getOrDefault(KroMetadata.APPLY_ORDER, "0"));
      } catch (NumberFormatException e) {
        return 0;
      }
    }

    boolean terminating() {
      return object.getMetadata().getDeletionTimestamp() != null;
    }

    String uid() {
      return object.getMetadata().getUid();
    }

    String describe() {
      return gvk.kind()
          + " "
          + Optional.ofNullable(object.getMetadata().getNamespace()).map(ns -> ns + "/").orElse("")
          + object.getMetadata().getName();
    }
  }
}
