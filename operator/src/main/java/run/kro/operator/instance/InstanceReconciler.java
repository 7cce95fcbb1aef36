package run.kro.operator.instance;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import run.kro.backend.api.CompiledResource;
import run.kro.backend.api.InstanceIdentity;
import run.kro.backend.api.KroMetadata;
import run.kro.backend.rollout.RevisionChoice;
import run.kro.backend.status.InstanceObservation;
import run.kro.backend.status.KroStatusFields;
import run.kro.backend.status.NodeState;
import run.kro.operator.kube.Json;
import run.kro.operator.kube.KindInformers;
import run.kro.operator.queue.KeyReconciler;
import run.kro.operator.queue.Outcome;
import run.kro.operator.registry.ActiveGraph;
import run.kro.operator.registry.GraphRegistry;
import run.kro.operator.registry.RolloutTarget;
import run.kro.operator.serviceaccounts.ChildAccess;

/**
 * Reconciles one instance (docs/design.md#the-reconcile-pass): manages its metadata, walks its
 * graph in one pass, prunes what is no longer wanted when the desired state changed, and records
 * the outcome in its status. Deletion and suspension take their own paths. Thin by design:
 * rendering is the engine's, I/O is in the collaborators.
 */
final class InstanceReconciler implements KeyReconciler<InstanceKey> {

  private static final Logger LOG = LoggerFactory.getLogger(InstanceReconciler.class);
  private static final Set<String> SUSPENDED = Set.of(KroMetadata.RECONCILE_SUSPENDED, "disabled");

  /**
   * How soon to look again when the watch cache has not yet caught up with the controller's own
   * write.
   */
  private static final Duration CACHE_CATCH_UP = Duration.ofMillis(50);

  private final GraphRegistry registry;
  private final KindInformers instances;
  private final InstanceParts parts;
  private final Duration requeueInterval;

  InstanceReconciler(
      GraphRegistry registry,
      KindInformers instances,
      InstanceParts parts,
      Duration requeueInterval) {
    this.registry = registry;
    this.instances = instances;
    this.parts = parts;
    this.requeueInterval = requeueInterval;
  }

  @Override
  public Outcome reconcile(InstanceKey key) {
    Optional<ActiveGraph> served = registry.graph(key.gvk());
    Optional<ActiveGraph> active = served.or(() -> registry.retired(key.gvk()));
    Optional<GenericKubernetesResource> found =
        active.isEmpty() ? Optional.empty() : instances.get(key.gvk(), key.namespace(), key.name());
    if (found.isEmpty()) {
      parts.watchers().forget(key);
      parts.metrics().forget(key);
      return Outcome.done();
    }
    GenericKubernetesResource instance = found.get();
    if (parts.ownWrites().isBehind(instance)) {
      // Its own write is on its way to the cache (the echo queues nothing): reconciling now would
      // prune and update
      // the status from a stale copy, and the status update would meet a conflict.
      return Outcome.requeueAfter(CACHE_CATCH_UP);
    }
    InstanceIdentity identity = InstanceIdentity.of(key.gvk(), Json.MAPPER.valueToTree(instance));
    InstanceMetadata.Inventory recorded = InstanceMetadata.Inventory.recordedOn(instance);
    if (instance.getMetadata().getDeletionTimestamp() != null) {
      return delete(
          key,
          instance,
          active.get(),
          identity,
          recorded.with(templateGroupKinds(active.get())).groupKinds(),
          access(active.get(), identity));
    }
    if (served.isEmpty()) {
      return Outcome.done();
    }
    Optional<ActiveGraph> revision = revisionFor(key, instance);
    if (revision.isEmpty()) {
      return pinnedToMissingRevision(key, instance, served.get());
    }
    return reconcile(key, instance, revision.get(), identity, recorded);
  }

  /**
   * The revision the instance runs (docs/revisions.md#which-revision-an-instance-runs). An instance
   * behind the target whose revision was collected moves to the target.
   */
  private Optional<ActiveGraph> revisionFor(InstanceKey key, GenericKubernetesResource instance) {
    RolloutTarget target = registry.target(key.gvk());
    RevisionChoice choice = InstanceRevision.choose(instance, target);
    Optional<ActiveGraph> chosen = registry.revision(key.gvk(), choice.revision());
    if (chosen.isEmpty() && choice.reason() != RevisionChoice.Reason.PINNED) {
      return registry.revision(key.gvk(), target.revision()).or(() -> registry.graph(key.gvk()));
    }
    return chosen;
  }

  private Outcome pinnedToMissingRevision(
      InstanceKey key, GenericKubernetesResource instance, ActiveGraph latest) {
    String pin = instance.getMetadata().getAnnotations().get(KroMetadata.GRAPH_REVISION);
    writeStatus(
        key,
        instance,
        latest,
        new InstanceObservation(
            Optional.empty(),
            Optional.of(
                "pinned by "
                    + KroMetadata.GRAPH_REVISION
                    + " to graph revision "
                    + pin
                    + ", which does not exist; change or remove the pin"),
            false,
            Optional.empty(),
            List.of(),
            List.of()),
        null,
        false);
    return Outcome.done();
  }

  private Outcome reconcile(
      InstanceKey key,
      GenericKubernetesResource found,
      ActiveGraph graph,
      InstanceIdentity identity,
      InstanceMetadata.Inventory recorded) {
    GenericKubernetesResource instance = found;
    Set<String> graphKinds = templateGroupKinds(graph);
    ChildAccess access = access(graph, identity);
    // Children are created only once the instance is managed: a newly managed instance has nothing
    // to prune.
    boolean newlyManaged = !InstanceMetadata.isManaged(instance);
    instance =
        parts
            .metadata()
            .ensure(
                instance,
                graph.instances(),
                graph.graph().resourceGroup(),
                identity,
                recorded.with(graphKinds));
    if (isSuspended(instance)) {
      writeStatus(
          key,
          instance,
          graph,
          new InstanceObservation(
              Optional.empty(), Optional.empty(), true, Optional.empty(), List.of(), List.of()),
          null,
          true);
      return Outcome.done();
    }
    WalkResult walk = parts.walk().walk(graph, Json.MAPPER.valueToTree(instance), identity, access);
    parts.watchers().watch(key, walk.externalTargets());
    JsonNode previous = status(instance);
    boolean desiredChanged =
        !walk.desiredStateHash().equals(previous.path(KroStatusFields.DESIRED_STATE_HASH).asText())
            || !recorded.groupKinds().equals(new TreeSet<>(graphKinds));
    List<String> pruneRefusals = List.of();
    if (walk.complete() && desiredChanged && !newlyManaged) {
      pruneRefusals =
          parts
              .pruner()
              .prune(
                  key,
                  identity.applySetId(),
                  recorded.with(graphKinds).groupKinds(),
                  walk.keptUids(),
                  access);
      if (pruneRefusals.isEmpty()) {
        instance =
            parts
                .metadata()
                .ensure(
                    instance,
                    graph.instances(),
                    graph.graph().resourceGroup(),
                    identity,
                    new InstanceMetadata.Inventory(
                        new TreeSet<>(graphKinds), new TreeSet<>(walk.namespaces())));
      }
    }
    // A refused prune keeps the previous desired-state hash, so that the next reconcile prunes
    // again.
    writeStatus(
        key,
        instance,
        graph,
        InstanceObservation.reconciled(walk.nodes(), List.of()),
        walk,
        pruneRefusals.isEmpty());
    parts.metrics().evaluated(key, walk.evaluation().elapsed());
    if (!pruneRefusals.isEmpty()) {
      throw new ReconcileFailure(key + ": cannot prune: " + String.join("; ", pruneRefusals));
    }
    if (walk.failed()) {
      throw new ReconcileFailure(
          key
              + ": "
              + walk.nodes().stream()
                  .filter(n -> n.state() == NodeState.ERROR)
                  .map(n -> n.id() + ": " + n.message().orElse(""))
                  .findFirst()
                  .orElse("a resource failed"));
    }
    return walk.settled() || requeueInterval.isZero()
        ? Outcome.done()
        : Outcome.requeueAfter(requeueInterval);
  }

  private Outcome delete(
      InstanceKey key,
      GenericKubernetesResource instance,
      ActiveGraph active,
      InstanceIdentity identity,
      Set<String> groupKinds,
      ChildAccess access) {
    if (!InstanceMetadata.isManaged(instance)) {
      return Outcome.done();
    }
    InstanceDeletion.Progress progress =
        parts.deletion().step(identity.applySetId(), groupKinds, access);
    if (progress.done()) {
      parts
          .metadata()
          .release(instance, active.instances(), active.graph().resourceGroup(), identity);
      parts.watchers().forget(key);
      parts.metrics().forget(key);
      LOG.info("{}: all resources deleted, finalizer removed", key);
      return Outcome.done();
    }
    writeStatus(
        key,
        instance,
        active,
        new InstanceObservation(
            Optional.empty(),
            Optional.empty(),
            false,
            Optional.of(progress.message()),
            progress.remaining(),
            List.of()),
        null,
        true);
    return requeueInterval.isZero() ? Outcome.done() : Outcome.requeueAfter(requeueInterval);
  }

  private void writeStatus(
      InstanceKey key,
      GenericKubernetesResource instance,
      ActiveGraph active,
      InstanceObservation observation,
      WalkResult walk,
      boolean recordHash) {
    Optional<WalkResult> evaluated = Optional.ofNullable(walk);
    InstanceStatus.Result result =
        parts
            .status()
            .build(
                status(instance),
                Optional.ofNullable(instance.getMetadata().getGeneration()).orElse(0L),
                observation,
                evaluated.map(WalkResult::evaluation),
                evaluated.map(w -> active.revision()),
                evaluated
                    .filter(w -> recordHash && w.complete())
                    .map(WalkResult::desiredStateHash));
    boolean wrote = parts.statusWriter().write(instance, active.instances(), result.status());
    parts.metrics().recorded(key, result.state(), wrote);
  }

  private ChildAccess access(ActiveGraph graph, InstanceIdentity identity) {
    return parts.clients().forInstance(graph.graph().resourceGroup().spec(), identity.namespace());
  }

  private static JsonNode status(GenericKubernetesResource instance) {
    Object status = instance.getAdditionalProperties().get("status");
    return status == null ? Json.MAPPER.createObjectNode() : Json.MAPPER.valueToTree(status);
  }

  private static boolean isSuspended(GenericKubernetesResource instance) {
    Map<String, String> annotations = instance.getMetadata().getAnnotations();
    String value = annotations == null ? null : annotations.get(KroMetadata.RECONCILE);
    return value != null && SUSPENDED.contains(value.toLowerCase(Locale.ROOT));
  }

  private static Set<String> templateGroupKinds(ActiveGraph active) {
    Set<String> kinds = new TreeSet<>();
    for (CompiledResource resource : active.graph().resources().values()) {
      if (!resource.shape().isExternal()) {
        kinds.add(resource.gvk().groupKind());
      }
    }
    return kinds;
  }
}
