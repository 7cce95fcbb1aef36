package run.kro.operator.rg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import run.kro.backend.api.CompileResult;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.backend.model.Schema;
import run.kro.backend.rollout.RolloutSettings;
import run.kro.backend.schema.Plurals;
import run.kro.backend.status.ConditionValue;
import run.kro.operator.instance.InstanceControllers;
import run.kro.operator.kube.CanonicalJson;
import run.kro.operator.kube.Json;
import run.kro.operator.kube.ResourceKinds;
import run.kro.operator.queue.KeyReconciler;
import run.kro.operator.queue.Outcome;
import run.kro.operator.registry.ActiveGraph;
import run.kro.operator.registry.GraphRegistry;
import run.kro.operator.registry.RolloutPolicy;
import run.kro.operator.settings.ControllerSettings;

/**
 * Reconciles one ResourceGroup (docs/design.md#the-resourcegroup-controller): compile; on success
 * install the CRD and serve the graph (a new revision when the spec changed); on failure report the
 * errors and keep serving the last good graph, so that an invalid update never deletes or changes
 * what instances have. Deletion stops the kind's controller and, only when allowed, deletes the
 * CRD.
 */
final class ResourceGroupReconciler implements KeyReconciler<ResourceGroupKey> {

  private static final Logger LOG = LoggerFactory.getLogger(ResourceGroupReconciler.class);

  private final ResourceGroupInformers resourceGroups;
  private final ResourceGroupCompilation compilation;
  private final CrdInstaller crds;
  private final GraphRegistry registry;
  private final InstanceControllers instances;
  private final ResourceKinds kinds;
  private final ResourceGroupWriter writer;
  private final GraphRevisions revisions;
  private final ControllerSettings settings;
  private final RolloutController rollouts;

  ResourceGroupReconciler(
      ResourceGroupInformers resourceGroups,
      ResourceGroupCompilation compilation,
      CrdInstaller crds,
      GraphRegistry registry,
      InstanceControllers instances,
      ResourceKinds kinds,
      ResourceGroupWriter writer,
      GraphRevisions revisions,
      ControllerSettings settings,
      RolloutController rollouts) {
    this.resourceGroups = resourceGroups;
    this.compilation = compilation;
    this.crds = crds;
    this.registry = registry;
    this.instances = instances;
    this.kinds = kinds;
    this.writer = writer;
    this.revisions = revisions;
    this.settings = settings;
    this.rollouts = rollouts;
  }

  @Override
  public Outcome reconcile(ResourceGroupKey key) {
    Optional<GenericKubernetesResource> found = resourceGroups.get(key);
    if (found.isEmpty()) {
      stopServing(key);
      rollouts.forget(key);
      return Outcome.done();
    }
    if (found.get().getMetadata().getDeletionTimestamp() != null) {
      return delete(key, found.get());
    }
    GenericKubernetesResource resourceGroup = writer.ensureFinalizer(key, found.get());
    ObjectNode tree = Json.tree(resourceGroup);
    Optional<ActiveGraph> served =
        registry.servedBy(key.owner()).or(() -> recover(key, resourceGroup, tree));
    long lastIssued =
        Math.max(
            tree.path("status").path("lastIssuedRevision").asLong(0),
            served.map(ActiveGraph::revision).orElse(0L));
    CompileResult result = compilation.compile(key.owner(), tree);
    if (!result.isValid()) {
      String errors = ResourceGroupCompilation.describe(result.errors());
      LOG.info(
          "{}: invalid, {}: {}",
          key,
          served.map(g -> "still serving revision " + g.revision()).orElse("nothing served"),
          errors);
      writer.status(
          key,
          resourceGroup,
          new ResourceGroupStatus.Observation(
              ConditionValue.isFalse(
                  "InvalidResourceGraph",
                  errors
                      + served
                          .map(
                              g ->
                                  " (instances keep revision "
                                      + g.revision()
                                      + ", the last valid one)")
                          .orElse("")),
              served.isPresent()
                  ? ConditionValue.isTrue("Ready", kindReadyMessage(served.get().graph()))
                  : ConditionValue.unknown("GraphNotAccepted", "no valid graph yet"),
              controllerReady(served),
              served.map(ActiveGraph::graph),
              lastIssued));
      served.ifPresent(
          g -> follow(key, tree, resourceGroup, g.graph().instanceKind(), g.revision()));
      if (ResourceGroupCompilation.waitsForKinds(result.errors())) {
        throw new ResourceGroupCompilation.KindsNotYetServedException(
            key + " uses kinds the cluster does not serve " + "yet; compiling again with backoff");
      }
      return Outcome.done();
    }
    CompiledResourceGroup compiled = result.compiled().orElseThrow();
    String specHash = CanonicalJson.hash(tree.path("spec"));
    boolean servedCurrent = served.filter(g -> g.specHash().equals(specHash)).isPresent();
    long revision = servedCurrent ? served.get().revision() : lastIssued + 1;
    CrdOutcome crd =
        crds.ensure(
            Json.MAPPER.convertValue(compiled.instanceCrd(), CustomResourceDefinition.class),
            allowsBreakingChanges(resourceGroup));
    if (!(crd instanceof CrdOutcome.Ready)) {
      return crdNotReady(key, resourceGroup, compiled, served, lastIssued, crd);
    }
    if (!servedCurrent) {
      // Recorded before it is served: a restart serves it again (recover).
      revisions.issue(key, resourceGroup, tree.path("spec"), revision);
    }
    boolean policyChanged = follow(key, tree, resourceGroup, compiled.instanceKind(), revision);
    if (!servedCurrent || !instances.serves(compiled.instanceKind())) {
      ResourceDefinitionContext context = kinds.require(compiled.instanceKind());
      ActiveGraph active = new ActiveGraph(key.owner(), compiled, revision, specHash, context);
      registry.activate(active);
      instances.serve(active);
    } else if (policyChanged) {
      instances.requeue(compiled.instanceKind());
    }
    writer.status(
        key,
        resourceGroup,
        new ResourceGroupStatus.Observation(
            ConditionValue.isTrue("Valid", "resource graph and schema are valid"),
            ConditionValue.isTrue("Ready", kindReadyMessage(compiled)),
            ConditionValue.isTrue(
                "Running", "controller is running (graph revision " + revision + ")"),
            Optional.of(compiled),
            Math.max(revision, lastIssued)));
    // Which revisions are in use is known only once the instances are: else collect at a later
    // issue.
    if (!servedCurrent && instances.synced(compiled.instanceKind())) {
      Set<Long> inUse = new HashSet<>(instances.revisionsInUse(compiled.instanceKind()));
      inUse.add(registry.target(compiled.instanceKind()).revision());
      registry.forget(
          compiled.instanceKind(), revisions.collect(key, settings.maxGraphRevisions(), inUse));
    }
    rollouts.add(key, compiled.instanceKind());
    return Outcome.done();
  }

  /**
   * Sets how the kind's instances follow revisions, from the ResourceGroup's annotations, before
   * any instance is reconciled with a new graph. A target revision that does not exist is left out
   * (the rollout status reports it): the instances follow the latest.
   *
   * @return whether the policy changed
   */
  private boolean follow(
      ResourceGroupKey key,
      JsonNode tree,
      GenericKubernetesResource resourceGroup,
      GroupVersionKind kind,
      long latest) {
    registry.source(
        kind, number -> revisions.get(key, number).flatMap(r -> compileRevision(key, tree, r)));
    RolloutSettings chosen =
        RolloutSettings.fromAnnotations(resourceGroup.getMetadata().getAnnotations()).settings();
    OptionalLong target = chosen.target();
    boolean exists =
        target.isPresent()
            && target.getAsLong() <= latest
            && (target.getAsLong() == latest
                || registry.revision(kind, target.getAsLong()).isPresent());
    return registry.follow(
        kind, new RolloutPolicy(chosen.mode(), exists ? target : OptionalLong.empty()));
  }

  /** Compiles an issued revision to serve it; empty when it no longer compiles. */
  private Optional<ActiveGraph> compileRevision(
      ResourceGroupKey key, JsonNode tree, GraphRevisions.Revision revision) {
    ObjectNode revisionTree = tree.deepCopy();
    revisionTree.set("spec", revision.spec());
    Optional<CompiledResourceGroup> compiled =
        compilation.compile(key.owner(), revisionTree).compiled();
    if (compiled.isEmpty() || kinds.find(compiled.get().instanceKind()).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ActiveGraph(
            key.owner(),
            compiled.get(),
            revision.number(),
            revision.hash(),
            kinds.require(compiled.get().instanceKind())));
  }

  /**
   * After a restart nothing is served: the latest GraphRevision is compiled and served again, with
   * its revision, before the current spec is looked at. A cluster whose controller recorded the
   * accepted spec on the generated CRD instead (releases before GraphRevisions) gets its first
   * GraphRevision from that record.
   */
  private Optional<ActiveGraph> recover(
      ResourceGroupKey key, GenericKubernetesResource resourceGroup, JsonNode tree) {
    Optional<GraphRevisions.Revision> accepted =
        revisions.latest(key).or(() -> migrate(key, resourceGroup, tree));
    Optional<ActiveGraph> recovered =
        accepted.flatMap(revision -> compileRevision(key, tree, revision));
    if (recovered.isEmpty()) {
      return Optional.empty();
    }
    ActiveGraph active = recovered.get();
    // Instances behind or pinned must not move to the latest while the controller restarts.
    follow(key, tree, resourceGroup, active.graph().instanceKind(), active.revision());
    registry.activate(active);
    instances.serve(active);
    LOG.info("{}: serving revision {} again, as last accepted", key, active.revision());
    return Optional.of(active);
  }

  private Optional<GraphRevisions.Revision> migrate(
      ResourceGroupKey key, GenericKubernetesResource resourceGroup, JsonNode tree) {
    return crdName(tree)
        .flatMap(name -> crds.owned(name, key.name()))
        .flatMap(AcceptedSpecs::readFrom)
        .map(recorded -> revisions.issue(key, resourceGroup, recorded.spec(), recorded.revision()));
  }

  private Outcome crdNotReady(
      ResourceGroupKey key,
      GenericKubernetesResource resourceGroup,
      CompiledResourceGroup compiled,
      Optional<ActiveGraph> served,
      long lastIssued,
      CrdOutcome crd) {
    ConditionValue kindReady =
        crd instanceof CrdOutcome.Refused refused
            ? ConditionValue.isFalse(refused.reason(), refused.message())
            : ConditionValue.unknown("Waiting", ((CrdOutcome.Waiting) crd).message());
    writer.status(
        key,
        resourceGroup,
        new ResourceGroupStatus.Observation(
            ConditionValue.isTrue("Valid", "resource graph and schema are valid"),
            kindReady,
            controllerReady(served),
            Optional.of(compiled),
            lastIssued));
    return crd instanceof CrdOutcome.Waiting
        ? Outcome.requeueAfter(settings.progressRequeueDelay())
        : Outcome.done();
  }

  private Outcome delete(ResourceGroupKey key, GenericKubernetesResource resourceGroup) {
    Optional<ActiveGraph> served = registry.servedBy(key.owner());
    if (settings.blockDeletionWhileInstancesExist() && served.isPresent()) {
      int count = instances.instanceCount(served.get().graph().instanceKind());
      if (count > 0) {
        writer.status(
            key,
            resourceGroup,
            new ResourceGroupStatus.Observation(
                ConditionValue.isTrue("Valid", "resource graph and schema are valid"),
                ConditionValue.isTrue("Ready", kindReadyMessage(served.get().graph())),
                ConditionValue.isFalse(
                    "DeletionBlocked",
                    "deletion waits until the "
                        + count
                        + " instance(s) of "
                        + served.get().graph().instanceKind().kind()
                        + " are deleted"),
                served.map(ActiveGraph::graph),
                served.get().revision()));
        return Outcome.requeueAfter(settings.progressRequeueDelay());
      }
    }
    stopServing(key);
    if (settings.allowCrdDeletion()) {
      crdName(Json.tree(resourceGroup)).ifPresent(name -> crds.deleteIfOwned(name, key.name()));
    }
    writer.releaseFinalizer(key, resourceGroup);
    return Outcome.done();
  }

  private void stopServing(ResourceGroupKey key) {
    registry
        .retire(key.owner())
        .ifPresent(
            kind ->
                LOG.info(
                    "{}: {} no longer reconciled; deletions of its " + "instances still complete",
                    key,
                    kind.kind()));
  }

  private static Optional<String> crdName(JsonNode resourceGroup) {
    JsonNode schema = resourceGroup.path("spec").path("schema");
    String kind = schema.path("kind").asText("");
    String group = schema.path("group").asText("");
    return kind.isEmpty()
        ? Optional.empty()
        : Optional.of(Plurals.of(kind) + "." + (group.isEmpty() ? Schema.DEFAULT_GROUP : group));
  }

  private static ConditionValue controllerReady(Optional<ActiveGraph> served) {
    return served
        .map(
            g ->
                ConditionValue.isTrue(
                    "Running", "controller is running (graph revision " + g.revision() + ")"))
        .orElse(
            ConditionValue.unknown("NotStarted", "the controller starts once the kind is ready"));
  }

  private static String kindReadyMessage(CompiledResourceGroup graph) {
    return "kind " + graph.instanceKind().kind() + " has been accepted and ready";
  }

  private static boolean allowsBreakingChanges(GenericKubernetesResource resourceGroup) {
    Map<String, String> annotations = resourceGroup.getMetadata().getAnnotations();
    return annotations != null
        && "true".equalsIgnoreCase(annotations.get(CrdInstaller.ALLOW_BREAKING_CHANGES));
  }
}
