package run.kro.operator.rg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import run.kro.backend.model.RevisionCount;
import run.kro.backend.rollout.RolloutSettings;
import run.kro.operator.instance.InstanceControllers;
import run.kro.operator.kube.Json;
import run.kro.operator.kube.ResourceKinds;
import run.kro.operator.queue.KeyReconciler;
import run.kro.operator.queue.Outcome;
import run.kro.operator.registry.ActiveGraph;
import run.kro.operator.registry.GraphRegistry;
import run.kro.operator.registry.RolloutTarget;

/**
 * Drives one ResourceGroup's rollout (docs/revisions.md): counts its instances per revision, lets
 * {@link RolloutProgression} decide, admits instances, records Events and writes the rollout's part
 * of the status. The state lives in memory and in {@code status.rollout}, where a restarted
 * controller finds it.
 */
final class RolloutReconciler implements KeyReconciler<ResourceGroupKey> {

  /** A soak or deadline ends: look a little after, not before. */
  private static final Duration MIN_RECHECK = Duration.ofSeconds(1);

  private final ResourceGroupInformers resourceGroups;
  private final GraphRegistry registry;
  private final InstanceControllers instances;
  private final KubernetesClient client;
  private final ResourceKinds kinds;
  private final InstanceAdmissions admissions;
  private final RolloutEvents events;
  private final InstancesPerRevision metric;
  private final Clock clock;
  private final Map<ResourceGroupKey, RolloutState> states = new ConcurrentHashMap<>();

  RolloutReconciler(
      ResourceGroupInformers resourceGroups,
      GraphRegistry registry,
      InstanceControllers instances,
      KubernetesClient client,
      ResourceKinds kinds,
      InstancesPerRevision metric,
      Clock clock) {
    this.resourceGroups = resourceGroups;
    this.registry = registry;
    this.instances = instances;
    this.client = client;
    this.kinds = kinds;
    this.admissions = new InstanceAdmissions(client);
    this.events = new RolloutEvents(client, clock);
    this.metric = metric;
    this.clock = clock;
  }

  @Override
  public Outcome reconcile(ResourceGroupKey key) {
    Optional<GenericKubernetesResource> found = resourceGroups.get(key);
    Optional<ActiveGraph> served = registry.servedBy(key.owner());
    if (found.isEmpty()
        || found.get().getMetadata().getDeletionTimestamp() != null
        || served.isEmpty()) {
      forget(key);
      return Outcome.done();
    }
    GenericKubernetesResource resourceGroup = found.get();
    ActiveGraph graph = served.get();
    if (!instances.synced(graph.graph().instanceKind())) {
      // An empty cache would look like a rollout with nothing left to do.
      return Outcome.requeueAfter(MIN_RECHECK);
    }
    RolloutTarget target = registry.target(graph.graph().instanceKind());
    RolloutSettings.Read read =
        RolloutSettings.fromAnnotations(resourceGroup.getMetadata().getAnnotations());
    List<RolloutInstance> members =
        instances.cached(graph.graph().instanceKind()).stream().map(RolloutInstance::of).toList();
    JsonNode status = Json.tree(resourceGroup).path("status");
    Optional<RolloutState> previous =
        Optional.ofNullable(states.get(key)).or(() -> RolloutReport.recover(status));
    RolloutProgression.Decision decision =
        RolloutProgression.next(read.settings(), target, members, previous, clock.instant());
    decision.clear().forEach(i -> admissions.clear(graph.instances(), i));
    decision.admit().forEach(i -> admissions.admit(graph.instances(), i, target.revision()));
    events.record(key, resourceGroup, decision.events());
    states.put(key, decision.state());
    List<RevisionCount> counts = RolloutReport.counts(members, target.revision());
    metric.counted(key.owner(), counts);
    ObjectNode report =
        RolloutReport.status(
            target.revision(), decision, counts, withProblems(decision, read, target));
    if (!RolloutReport.reported(status, report)) {
      client
          .genericKubernetesResources(kinds.require(ResourceGroupInformers.gvk(key.kind())))
          .withName(key.name())
          .subresource("status")
          .patch(
              PatchContext.of(PatchType.JSON_MERGE),
              Json.MAPPER.createObjectNode().set("status", report).toString());
    }
    return decision
        .recheckIn()
        .map(delay -> Outcome.requeueAfter(delay.plus(MIN_RECHECK)))
        .orElse(Outcome.done());
  }

  void forget(ResourceGroupKey key) {
    states.remove(key);
    metric.forget(key.owner());
  }

  private static String withProblems(
      RolloutProgression.Decision decision, RolloutSettings.Read read, RolloutTarget target) {
    List<String> problems = new ArrayList<>(read.problems());
    read.settings().target().stream()
        .filter(wanted -> wanted != target.revision())
        .forEach(
            wanted ->
                problems.add(
                    "annotation kro.run/target-revision: revision "
                        + wanted
                        + " does not exist; instances follow revision "
                        + target.revision()));
    return problems.isEmpty()
        ? decision.message()
        : decision.message() + "; " + String.join("; ", problems);
  }
}
