package run.kro.ui.revision;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.Optional;
import org.springframework.stereotype.Service;
import run.kro.backend.api.KroMetadata;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.ui.audit.AuditDigest;
import run.kro.ui.audit.AuditResult;
import run.kro.ui.audit.AuditTarget;
import run.kro.ui.audit.AuditTrail;
import run.kro.ui.audit.AuditVerb;
import run.kro.ui.base.ClusterAccess;
import run.kro.ui.instance.InstanceApi;
import run.kro.ui.instance.InstanceApiException;
import run.kro.ui.instance.InstanceApis;
import run.kro.ui.rg.ResourceGroupObjects;
import run.kro.ui.security.AccessReview;

/**
 * The console's rollout actions (docs/revisions.md#the-console): each writes annotations, on the
 * ResourceGroup or on one instance, by a JSON merge patch sent as the signed-in user, and is
 * recorded in the audit trail. The controller does the rest. What the user may do is asked first
 * ({@link #mayChangeRollout}, {@link #mayChangeInstance}); a refusal comes back as a sentence.
 */
@Service
public class RolloutActions {

  private final ClusterAccess cluster;
  private final AccessReview access;
  private final InstanceApis apis;
  private final AuditTrail audit;

  public RolloutActions(
      ClusterAccess cluster, AccessReview access, InstanceApis apis, AuditTrail audit) {
    this.cluster = cluster;
    this.access = access;
    this.apis = apis;
    this.audit = audit;
  }

  /** Whether the user may change the ResourceGroup's rollout: patch it. */
  public AccessReview.Decision mayChangeRollout(ResourceGroupKind kind) {
    AccessReview.Decision may = access.may("patch", ResourceGroupKind.GROUP, kind.plural(), "");
    return may.allowed()
        ? may
        : new AccessReview.Decision(
            false, may.reason() + ": only platform engineers steer a rollout");
  }

  /** Whether the user may pin or promote instances of {@code rgName} in {@code namespace}. */
  public AccessReview.Decision mayChangeInstance(String rgName, String namespace) {
    try {
      InstanceApi api = apis.resolve(rgName);
      return access.may(
          "patch", api.gvk().group(), api.plural(), api.namespaced() ? namespace : "");
    } catch (InstanceApiException e) {
      return new AccessReview.Decision(false, e.getMessage());
    }
  }

  public ActionResult startStaged(ResourceGroupKind kind, String name, StagedRollout rollout) {
    if (!rollout.problems().isEmpty()) {
      return ActionResult.refused(String.join(" ", rollout.problems()));
    }
    return onResourceGroup(
        kind,
        name,
        rollout.patch(),
        "start a staged rollout of " + name,
        "Staged rollout of "
            + name
            + " started: canary "
            + rollout.canary().trim()
            + ", then steps of "
            + rollout.step().trim()
            + ", each after "
            + rollout.soak().trim()
            + " Ready.");
  }

  public ActionResult promote(ResourceGroupKind kind, String name, long step) {
    return onResourceGroup(
        kind,
        name,
        AnnotationPatch.set(KroMetadata.ROLLOUT_PROMOTE, Long.toString(step)),
        "promote the rollout of " + name,
        "Promoted: "
            + (step == 0 ? "the canary" : "step " + step)
            + " of "
            + name
            + " goes on without waiting for its soak time.");
  }

  public ActionResult pause(ResourceGroupKind kind, String name, boolean paused) {
    return onResourceGroup(
        kind,
        name,
        paused
            ? AnnotationPatch.set(KroMetadata.ROLLOUT_PAUSED, "true")
            : AnnotationPatch.remove(KroMetadata.ROLLOUT_PAUSED),
        (paused ? "pause" : "resume") + " the rollout of " + name,
        paused
            ? "Paused: the controller admits no more instances of " + name + "."
            : "Resumed: the controller goes on with the rollout of " + name + ".");
  }

  public ActionResult rollBack(ResourceGroupKind kind, String name, long revision) {
    return onResourceGroup(
        kind,
        name,
        AnnotationPatch.set(KroMetadata.TARGET_REVISION, Long.toString(revision)),
        "roll " + name + " back to revision " + revision,
        "Rolling back: every instance of "
            + name
            + " ahead of revision "
            + revision
            + " moves back to it.");
  }

  public ActionResult followLatest(ResourceGroupKind kind, String name) {
    return onResourceGroup(
        kind,
        name,
        AnnotationPatch.remove(KroMetadata.TARGET_REVISION),
        "make " + name + " follow its latest revision",
        name + " follows its latest revision again.");
  }

  /** Pins the instance to {@code revision}; empty removes the pin. */
  public ActionResult pin(String rgName, String namespace, String name, Optional<Long> revision) {
    return onInstance(
        rgName,
        namespace,
        name,
        revision
            .map(r -> AnnotationPatch.set(KroMetadata.GRAPH_REVISION, Long.toString(r)))
            .orElse(AnnotationPatch.remove(KroMetadata.GRAPH_REVISION)),
        revision.map(r -> "pin " + name + " to revision " + r).orElse("unpin " + name),
        revision
            .map(r -> name + " is pinned to revision " + r + ".")
            .orElse(name + " is no longer pinned: it follows the rollout."));
  }

  /** Admits one instance to the target (rollout manual's promotion). */
  public ActionResult admit(String rgName, String namespace, String name, long target) {
    return onInstance(
        rgName,
        namespace,
        name,
        AnnotationPatch.set(KroMetadata.ADMITTED_REVISION, Long.toString(target)),
        "promote " + name + " to revision " + target,
        name + " is admitted to revision " + target + ": the controller moves it now.");
  }

  private ActionResult onResourceGroup(
      ResourceGroupKind kind, String name, AnnotationPatch patch, String what, String done) {
    return write(
        ResourceGroupObjects.context(kind),
        Optional.empty(),
        name,
        AuditTarget.of(
            ResourceGroupKind.GROUP + "/" + ResourceGroupKind.VERSION,
            kind.kind(),
            Optional.empty(),
            name),
        patch,
        what,
        done);
  }

  private ActionResult onInstance(
      String rgName,
      String namespace,
      String name,
      AnnotationPatch patch,
      String what,
      String done) {
    InstanceApi api;
    try {
      api = apis.resolve(rgName);
    } catch (InstanceApiException e) {
      return ActionResult.refused("Could not " + what + ": " + e.getMessage());
    }
    Optional<String> in = api.namespaced() ? Optional.of(namespace) : Optional.empty();
    return write(
        api.context(),
        in,
        name,
        AuditTarget.of(api.gvk().apiVersion(), api.gvk().kind(), in, name),
        patch,
        what,
        done);
  }

  private ActionResult write(
      ResourceDefinitionContext context,
      Optional<String> namespace,
      String name,
      AuditTarget target,
      AnnotationPatch patch,
      String what,
      String done) {
    Optional<String> change = Optional.of(AuditDigest.sha256(patch.tree()));
    try {
      var all = cluster.client().genericKubernetesResources(context);
      GenericKubernetesResource patched =
          (namespace.isPresent() ? all.inNamespace(namespace.get()) : all)
              .withName(name)
              .patch(PatchContext.of(PatchType.JSON_MERGE), patch.json());
      audit.record(AuditVerb.UPDATE, AuditTarget.of(patched), AuditResult.succeeded(), change);
      return ActionResult.done(done);
    } catch (KubernetesClientException e) {
      String message = RefusalText.of(what, target, e);
      audit.record(AuditVerb.UPDATE, target, AuditResult.of(e, message), change);
      return ActionResult.refused(message);
    }
  }
}
