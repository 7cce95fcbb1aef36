package run.kro.ui.instance;

import run.kro.ui.base.ClusterAccess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.util.Optional;
import org.springframework.stereotype.Service;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.ui.instance.InstancePreview.Mode;
import run.kro.ui.rg.ApiErrorText;

/**
 * Creates, updates and deletes instances as {@value InstanceDefaults#FIELD_MANAGER}, and previews a save: a
 * server-side dry run (so the API server validates against the CRD's schema and fills defaults exactly as it will),
 * then the backend renders what the controller would apply for the instance the server returned. Refusals come back
 * as messages, never as exceptions. Deletion progress shows in {@link InstanceWatch}.
 */
@Service
public class InstanceWriter {

  private final ClusterAccess cluster;
  private final InstanceApis apis;

  public InstanceWriter(ClusterAccess cluster, InstanceApis apis) {
    this.cluster = cluster;
    this.apis = apis;
  }

  /** What saving {@code instance} in {@code namespace} would do; stores nothing. */
  public InstancePreview preview(String rgName, String namespace, ObjectNode instance) {
    Optional<Mode> mode = Optional.empty();
    try {
      InstanceApi api = apis.resolve(rgName);
      CompiledResourceGroup compiled = apis.compile(api);
      ObjectNode draft = InstanceDraft.of(api, namespace, instance);
      var instances = instances(api, namespace);
      mode = Optional.of(exists(instances, draft) ? Mode.UPDATE : Mode.CREATE);
      GenericKubernetesResource returned = instances.resource(resource(draft)).dryRun(true)
          .fieldManager(InstanceDefaults.FIELD_MANAGER).forceConflicts().serverSideApply();
      JsonNode stored = cluster.client().getKubernetesSerialization().convertValue(returned, JsonNode.class);
      return InstancePreview.accepted(mode.get(), stored, InstancePlan.of(compiled, stored));
    } catch (InstanceApiException e) {
      return InstancePreview.refused(mode, e.getMessage());
    } catch (KubernetesClientException e) {
      return InstancePreview.refused(mode, ApiErrorText.of(e));
    }
  }

  /**
   * Creates {@code instance}; refused when one of that name exists. Created by server-side apply too, so that the
   * console owns the fields it set and a later update that drops a field removes it.
   */
  public WriteResult create(String rgName, String namespace, ObjectNode instance) {
    return write(rgName, namespace, instance, (api, instances, draft) -> {
      if (exists(instances, draft)) {
        return WriteResult.refused(api.gvk().kind() + " " + namespace + "/" + draft.path("metadata").path("name")
            .asText() + " already exists");
      }
      GenericKubernetesResource created = instances.resource(resource(draft))
          .fieldManager(InstanceDefaults.FIELD_MANAGER).serverSideApply();
      return WriteResult.done("created " + describe(api, created),
          Optional.ofNullable(created.getMetadata().getResourceVersion()));
    });
  }

  /**
   * Updates {@code instance} by server-side apply, taking over fields last set by others (the user edited the whole
   * instance and previewed it); refused when it does not exist.
   */
  public WriteResult update(String rgName, String namespace, ObjectNode instance) {
    return write(rgName, namespace, instance, (api, instances, draft) -> {
      if (!exists(instances, draft)) {
        return WriteResult.refused(api.gvk().kind() + " " + namespace + "/" + draft.path("metadata").path("name")
            .asText() + " does not exist: create it instead");
      }
      GenericKubernetesResource applied = instances.resource(resource(draft))
          .fieldManager(InstanceDefaults.FIELD_MANAGER).forceConflicts().serverSideApply();
      return WriteResult.done("updated " + describe(api, applied),
          Optional.ofNullable(applied.getMetadata().getResourceVersion()));
    });
  }

  /** Asks the server to delete the instance; the controller then deletes its children, which the watch shows. */
  public WriteResult delete(String rgName, String namespace, String name) {
    try {
      InstanceApi api = apis.resolve(rgName);
      String which = api.gvk().kind() + " " + (api.namespaced() ? namespace + "/" : "") + name;
      boolean deleted = !instances(api, namespace).withName(name).delete().isEmpty();
      return deleted ? WriteResult.done("deletion of " + which + " requested", Optional.empty())
          : WriteResult.refused(which + " does not exist");
    } catch (InstanceApiException e) {
      return WriteResult.refused(e.getMessage());
    } catch (KubernetesClientException e) {
      return WriteResult.refused(ApiErrorText.of(e));
    }
  }

  private interface Write {
    WriteResult to(InstanceApi api, NonNamespaceOperation<GenericKubernetesResource, GenericKubernetesResourceList,
        Resource<GenericKubernetesResource>> instances, ObjectNode draft);
  }

  private WriteResult write(String rgName, String namespace, ObjectNode instance, Write write) {
    try {
      InstanceApi api = apis.resolve(rgName);
      return write.to(api, instances(api, namespace), InstanceDraft.of(api, namespace, instance));
    } catch (InstanceApiException e) {
      return WriteResult.refused(e.getMessage());
    } catch (KubernetesClientException e) {
      return WriteResult.refused(ApiErrorText.of(e));
    }
  }

  private NonNamespaceOperation<GenericKubernetesResource, GenericKubernetesResourceList,
      Resource<GenericKubernetesResource>> instances(InstanceApi api, String namespace) {
    MixedOperation<GenericKubernetesResource, GenericKubernetesResourceList, Resource<GenericKubernetesResource>> all =
        cluster.client().genericKubernetesResources(api.context());
    return api.namespaced() ? all.inNamespace(namespace) : all;
  }

  private static boolean exists(NonNamespaceOperation<GenericKubernetesResource, GenericKubernetesResourceList,
      Resource<GenericKubernetesResource>> instances, ObjectNode draft) {
    return instances.withName(draft.path("metadata").path("name").asText()).get() != null;
  }

  private GenericKubernetesResource resource(ObjectNode draft) {
    return cluster.client().getKubernetesSerialization().convertValue(draft, GenericKubernetesResource.class);
  }

  private static String describe(InstanceApi api, GenericKubernetesResource object) {
    return api.gvk().kind() + " " + Optional.ofNullable(object.getMetadata().getNamespace()).map(ns -> ns + "/")
        .orElse("") + object.getMetadata().getName();
  }
}
