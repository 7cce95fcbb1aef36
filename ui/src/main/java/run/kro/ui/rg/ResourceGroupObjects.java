package run.kro.ui.rg;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.List;
import java.util.Optional;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.ui.base.ClusterAccess;

/**
 * The ResourceGroups and ResourceGraphDefinitions stored in the cluster, addressed by kind without
 * API discovery (both are cluster-scoped kinds of {@code kro.run/v1alpha1}).
 */
public final class ResourceGroupObjects {

  /** The console's field manager for ResourceGroups saved from the editor. */
  static final String FIELD_MANAGER = "kro-console";

  private final ClusterAccess cluster;

  public ResourceGroupObjects(ClusterAccess cluster) {
    this.cluster = cluster;
  }

  /** Empty when the kind's CRD is not installed (a cluster may serve only one of the two kinds). */
  List<GenericKubernetesResource> list(ResourceGroupKind kind) {
    try {
      return of(kind).list().getItems();
    } catch (KubernetesClientException e) {
      if (e.getCode() == ApiErrorText.NOT_FOUND) {
        return List.of();
      }
      throw e;
    }
  }

  public Optional<GenericKubernetesResource> get(ResourceGroupKind kind, String name) {
    return Optional.ofNullable(of(kind).withName(name).get());
  }

  /** Deletes it; the controller's finalizer may hold it for a while. */
  void delete(ResourceGroupKind kind, String name) {
    of(kind).withName(name).delete();
  }

  /**
   * Server-side apply as {@link #FIELD_MANAGER}; with {@code dryRun} the server validates, defaults
   * and merges but stores nothing. Conflicts are forced: the author edits the whole object and has
   * seen the diff before saving, so fields last set by someone else (kubectl, a Helm release) are
   * taken over rather than refused.
   */
  GenericKubernetesResource apply(
      ResourceGroupKind kind, GenericKubernetesResource object, boolean dryRun) {
    return of(kind)
        .resource(object)
        .dryRun(dryRun)
        .fieldManager(FIELD_MANAGER)
        .forceConflicts()
        .serverSideApply();
  }

  private NonNamespaceOperation<
          GenericKubernetesResource,
          GenericKubernetesResourceList,
          Resource<GenericKubernetesResource>>
      of(ResourceGroupKind kind) {
    return cluster.client().genericKubernetesResources(context(kind));
  }

  public static ResourceDefinitionContext context(ResourceGroupKind kind) {
    return new ResourceDefinitionContext.Builder()
        .withGroup(ResourceGroupKind.GROUP)
        .withVersion(ResourceGroupKind.VERSION)
        .withKind(kind.kind())
        .withPlural(kind.plural())
        .withNamespaced(false)
        .build();
  }
}
