package run.kro.ui.instance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.StatusDetails;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.ui.audit.AuditDigest;
import run.kro.ui.audit.AuditResult;
import run.kro.ui.audit.AuditTarget;
import run.kro.ui.audit.AuditTrail;
import run.kro.ui.audit.AuditVerb;
import run.kro.ui.base.ClusterAccess;
import run.kro.ui.instance.InstancePreview.Mode;
import run.kro.ui.instance.InstancePreview.RefusedBy;
import run.kro.ui.rg.ApiErrorText;

/**
 * Creates, updates and deletes instances as {@value InstanceDefaults#FIELD_MANAGER}, and previews a
 * save: a server-side dry run (so the API server validates against the CRD's schema and fills
 * defaults exactly as it will), then the backend renders what the controller would apply for the
 * instance the server returned. Refusals come back as messages, never as exceptions. Every preview
 * and write first asks the server's schema validation ({@link SchemaCheck}), so a malformed
 * instance is refused in the validation's words and apply never sees it. Every write sent (or
 * refused by that check) is recorded in the {@link AuditTrail}. Deletion progress shows in {@link
 * InstanceWatch}.
 */
@Service
public class InstanceWriter {

  private final ClusterAccess cluster;
  private final InstanceApis apis;
  private final AuditTrail audit;

  public InstanceWriter(ClusterAccess cluster, InstanceApis apis, AuditTrail audit) {
    this.cluster = cluster;
    this.apis = apis;
    this.audit = audit;
  }

  /**
   * What saving {@code instance} in {@code namespace} would do, each object the controller would
   * apply for it dry-run as the user too; stores nothing.
   */
  public InstancePreview preview(String rgName, String namespace, ObjectNode instance) {
    Optional<Mode> mode = Optional.empty();
    try {
      InstanceApi api = apis.resolve(rgName);
      CompiledResourceGroup compiled = apis.compile(api);
      ObjectNode draft = InstanceDraft.of(api, namespace, instance);
      var instances = instances(api, namespace);
      mode = Optional.of(exists(instances, draft) ? Mode.UPDATE : Mode.CREATE);
      Optional<String> invalid = SchemaCheck.refusal(instances, resource(draft));
      if (invalid.isPresent()) {
        return InstancePreview.refused(mode, RefusedBy.SERVER, invalid.get());
      }
      GenericKubernetesResource returned =
          instances
              .resource(resource(draft))
              .dryRun(true)
              .fieldManager(InstanceDefaults.FIELD_MANAGER)
              .forceConflicts()
              .serverSideApply();
      JsonNode stored =
          cluster.client().getKubernetesSerialization().convertValue(returned, JsonNode.class);
      ChildDryRun children = new ChildDryRun(cluster.client());
      return InstancePreview.planned(
          mode.get(), stored, InstancePlan.of(compiled, stored, children::check));
    } catch (InstanceApiException e) {
      return InstancePreview.refused(mode, RefusedBy.CONSOLE, e.getMessage());
    } catch (KubernetesClientException e) {
      return InstancePreview.refused(mode, RefusedBy.SERVER, ApiErrorText.of(e));
    }
  }

  /**
   * Creates {@code instance}; refused when one of that name exists. Created by server-side apply
   * too, so that the console owns the fields it set and a later update that drops a field removes
   * it.
   */
  public WriteResult create(String rgName, String namespace, ObjectNode instance) {
    return write(
        AuditVerb.CREATE,
        rgName,
        namespace,
        instance,
        (api, instances, draft) -> {
          if (exists(instances, draft)) {
            return Attempt.refused(named(api, namespace, draft) + " already exists");
          }
          GenericKubernetesResource created =
              instances
                  .resource(resource(draft))
                  .fieldManager(InstanceDefaults.FIELD_MANAGER)
                  .serverSideApply();
          return Attempt.done(created, "Created " + describe(api, created));
        });
  }

  /**
   * Updates {@code instance} by server-side apply, taking over fields last set by others (the user
   * edited the whole instance and previewed it); refused when it does not exist.
   */
  public WriteResult update(String rgName, String namespace, ObjectNode instance) {
    return write(
        AuditVerb.UPDATE,
        rgName,
        namespace,
        instance,
        (api, instances, draft) -> {
          if (!exists(instances, draft)) {
            return Attempt.refused(
                named(api, namespace, draft) + " does not exist: create it instead");
          }
          GenericKubernetesResource applied =
              instances
                  .resource(resource(draft))
                  .fieldManager(InstanceDefaults.FIELD_MANAGER)
                  .forceConflicts()
                  .serverSideApply();
          return Attempt.done(applied, "Updated " + describe(api, applied));
        });
  }

  /**
   * Asks the server to delete the instance; the controller then deletes its children, which the
   * watch shows.
   */
  public WriteResult delete(String rgName, String namespace, String name) {
    InstanceApi api;
    try {
      api = apis.resolve(rgName);
    } catch (InstanceApiException e) {
      return WriteResult.refused(e.getMessage());
    } catch (KubernetesClientException e) {
      return WriteResult.refused(ApiErrorText.of(e));
    }
    String which = api.gvk().kind() + " " + (api.namespaced() ? namespace + "/" : "") + name;
    AuditTarget target =
        AuditTarget.of(
            api.gvk().apiVersion(),
            api.gvk().kind(),
            api.namespaced() ? Optional.of(namespace) : Optional.empty(),
            name);
    try {
      List<StatusDetails> deleted = instances(api, namespace).withName(name).delete();
      if (deleted.isEmpty()) {
        audit.record(
            AuditVerb.DELETE,
            target,
            AuditResult.refused(which + " does not exist"),
            Optional.empty());
        return WriteResult.refused(which + " does not exist");
      }
      audit.record(
          AuditVerb.DELETE,
          target.withUid(deleted.get(0).getUid()),
          AuditResult.succeeded(),
          Optional.empty());
      return WriteResult.done("deletion of " + which + " requested", Optional.empty());
    } catch (KubernetesClientException e) {
      String message = ApiErrorText.of(e);
      audit.record(AuditVerb.DELETE, target, AuditResult.of(e, message), Optional.empty());
      return WriteResult.refused(message);
    }
  }

  /** What a write did: the written object when it succeeded, and the result for the user. */
  private record Attempt(Optional<GenericKubernetesResource> written, WriteResult result) {

    static Attempt done(GenericKubernetesResource written, String message) {
      return new Attempt(
          Optional.of(written),
          WriteResult.done(
              message, Optional.ofNullable(written.getMetadata().getResourceVersion())));
    }

    static Attempt refused(String message) {
      return new Attempt(Optional.empty(), WriteResult.refused(message));
    }
  }

  private interface Write {
    Attempt to(
        InstanceApi api,
        NonNamespaceOperation<
                GenericKubernetesResource,
                GenericKubernetesResourceList,
                Resource<GenericKubernetesResource>>
            instances,
        ObjectNode draft);
  }

  /**
   * Resolves the API and checks the draft (refusals there write nothing and are not audited), then
   * attempts the write and records it in the audit trail, whatever its outcome.
   */
  private WriteResult write(
      AuditVerb verb, String rgName, String namespace, ObjectNode instance, Write write) {
    InstanceApi api;
    ObjectNode draft;
    try {
      api = apis.resolve(rgName);
      draft = InstanceDraft.of(api, namespace, instance);
    } catch (InstanceApiException e) {
      return WriteResult.refused(e.getMessage());
    } catch (KubernetesClientException e) {
      return WriteResult.refused(ApiErrorText.of(e));
    }
    AuditTarget target =
        AuditTarget.of(
            api.gvk().apiVersion(),
            api.gvk().kind(),
            Optional.ofNullable(draft.path("metadata").path("namespace").textValue()),
            draft.path("metadata").path("name").asText());
    Optional<String> change = Optional.of(AuditDigest.sha256(draft));
    try {
      var instances = instances(api, namespace);
      Optional<String> invalid = SchemaCheck.refusal(instances, resource(draft));
      if (invalid.isPresent()) {
        audit.record(verb, target, AuditResult.refused(invalid.get()), change);
        return WriteResult.refused(invalid.get());
      }
      Attempt attempt = write.to(api, instances, draft);
      audit.record(
          verb,
          attempt.written().map(AuditTarget::of).orElse(target),
          attempt.result().succeeded()
              ? AuditResult.succeeded()
              : AuditResult.refused(attempt.result().message()),
          change);
      return attempt.result();
    } catch (KubernetesClientException e) {
      String message = ApiErrorText.of(e);
      audit.record(verb, target, AuditResult.of(e, message), change);
      return WriteResult.refused(message);
    }
  }

  private NonNamespaceOperation<
          GenericKubernetesResource,
          GenericKubernetesResourceList,
          Resource<GenericKubernetesResource>>
      instances(InstanceApi api, String namespace) {
    MixedOperation<
            GenericKubernetesResource,
            GenericKubernetesResourceList,
            Resource<GenericKubernetesResource>>
        all = cluster.client().genericKubernetesResources(api.context());
    return api.namespaced() ? all.inNamespace(namespace) : all;
  }

  private static boolean exists(
      NonNamespaceOperation<
              GenericKubernetesResource,
              GenericKubernetesResourceList,
              Resource<GenericKubernetesResource>>
          instances,
      ObjectNode draft) {
    return instances.withName(draft.path("metadata").path("name").asText()).get() != null;
  }

  private GenericKubernetesResource resource(ObjectNode draft) {
    return cluster
        .client()
        .getKubernetesSerialization()
        .convertValue(draft, GenericKubernetesResource.class);
  }

  /** The draft as a refusal names it, e.g. {@code WebApp team-a/shop}. */
  private static String named(InstanceApi api, String namespace, JsonNode draft) {
    return api.gvk().kind() + " " + namespace + "/" + draft.path("metadata").path("name").asText();
  }

  private static String describe(InstanceApi api, GenericKubernetesResource object) {
    return api.gvk().kind()
        + " "
        + Optional.ofNullable(object.getMetadata().getNamespace()).map(ns -> ns + "/").orElse("")
        + object.getMetadata().getName();
  }
}
