package run.kro.operator.instance;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import run.kro.backend.api.CompiledResource;
import run.kro.backend.api.KroMetadata;
import run.kro.backend.api.KroVersion;
import run.kro.backend.api.RuntimeOptions;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.operator.kube.CompactObjects;
import run.kro.operator.kube.KindInformers;
import run.kro.operator.kube.KindNotServedException;
import run.kro.operator.kube.OwnWrites;
import run.kro.operator.kube.ResourceKinds;
import run.kro.operator.kube.StatusWriter;
import run.kro.operator.kube.UnseenApplies;
import run.kro.operator.queue.IdleExpiringPool;
import run.kro.operator.queue.WorkQueue;
import run.kro.operator.queue.WorkerPool;
import run.kro.operator.registry.ActiveGraph;
import run.kro.operator.registry.GraphRegistry;
import run.kro.operator.serviceaccounts.ChildClients;
import run.kro.operator.settings.ControllerSettings;

/**
 * The instance controllers of all generated kinds: one shared work queue and worker pool, an
 * informer per instance kind, label-selected informers per child kind (kro's children only), and
 * informers for the kinds external references read. The ResourceGroup controller starts, restarts
 * and stops the controller of a kind.
 */
public final class InstanceControllers implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(InstanceControllers.class);

  private final GraphRegistry registry;
  private final KindInformers instances;
  private final KindInformers children;
  private final KindInformers externals;
  private final WorkQueue<InstanceKey> queue;
  private final WorkerPool<InstanceKey> workers;
  private final InstanceMetrics metrics;
  private final ExecutorService applies;
  private final AtomicReference<Consumer<GroupVersionKind>> instancesChanged =
      new AtomicReference<>(kind -> {});

  public InstanceControllers(
      KubernetesClient client,
      ResourceKinds kinds,
      GraphRegistry registry,
      ControllerSettings settings,
      MeterRegistry meters,
      Clock clock) {
    this.registry = registry;
    this.queue = new WorkQueue<>("instances", settings.rateLimiter().backoff());
    ExternalWatchers watchers = new ExternalWatchers();
    OwnWrites ownWrites = new OwnWrites();
    UnseenApplies unseenApplies = new UnseenApplies(clock);
    this.instances =
        new KindInformers(
            "instance",
            client,
            kinds,
            Optional.empty(),
            settings.resyncPeriod(),
            CompactObjects.withoutManagedFields(),
            new InstanceEvents(queue::add, kind -> instancesChanged.get().accept(kind), ownWrites));
    // The child applier reads kro's own Apply entry, to see fields kro no longer sets
    // (OwnedFields).
    this.children =
        new KindInformers(
            "child",
            client,
            kinds,
            Optional.of(KroMetadata.OWNED + "=true"),
            settings.resyncPeriod(),
            CompactObjects.keepingAppliedBy(KroMetadata.FIELD_MANAGER_APPLYSET),
            new ChildEvents(queue::add, ownWrites, unseenApplies));
    this.externals =
        new KindInformers(
            "external",
            client,
            kinds,
            Optional.empty(),
            settings.resyncPeriod(),
            CompactObjects.withoutManagedFields(),
            new ExternalEvents(watchers, queue::add));
    ChildInventory inventory = new ChildInventory(client, kinds);
    RuntimeOptions options = new RuntimeOptions(settings.maxCollectionSize(), KroVersion.current());
    this.metrics = new InstanceMetrics(meters);
    this.applies = IdleExpiringPool.of("apply", settings.applyConcurrency());
    InstanceParts parts =
        new InstanceParts(
            new InstanceMetadata(client, ownWrites),
            new GraphWalk(
                new ChildApplier(kinds, children, ownWrites, unseenApplies),
                new ExternalReader(client, kinds, externals),
                options,
                applies),
            new ChildPruner(inventory),
            new InstanceDeletion(inventory),
            new InstanceStatus(clock),
            new StatusWriter(client, ownWrites),
            watchers,
            metrics,
            new ChildClients(client, settings.serviceAccounts().mode()),
            ownWrites);
    InstanceReconciler reconciler =
        new InstanceReconciler(registry, instances, parts, settings.instanceRequeueInterval());
    this.workers =
        new WorkerPool<>(
            "instances",
            queue,
            settings.instanceConcurrentReconciles(),
            settings.queueMaxRetries(),
            reconciler,
            key -> key.gvk().kind(),
            meters,
            settings.gracefulShutdownTimeout());
  }

  public void start() {
    workers.start();
  }

  /**
   * Serves {@code graph}'s kind: watches its instances and its children's kinds, and queues every
   * instance so that a new graph revision reaches them all.
   */
  public void serve(ActiveGraph graph) {
    GroupVersionKind kind = graph.graph().instanceKind();
    for (CompiledResource resource : graph.graph().resources().values()) {
      if (!resource.shape().isExternal()) {
        try {
          children.ensure(resource.gvk());
        } catch (KindNotServedException e) {
          LOG.warn(
              "{}: not watching children of kind {} yet: {}",
              graph.owner(),
              resource.gvk(),
              e.getMessage());
        }
      }
    }
    boolean restart = instances.watches(kind);
    instances.ensure(kind);
    if (restart) {
      requeue(kind);
    }
    LOG.info(
        "{}: {} controller for {} at graph revision {}",
        graph.owner(),
        restart ? "restarted" : "started",
        kind,
        graph.revision());
  }

  public boolean serves(GroupVersionKind kind) {
    return instances.watches(kind) && registry.graph(kind).isPresent();
  }

  /**
   * How many instances of {@code kind} the controller knows, e.g. to hold a ResourceGroup's
   * deletion.
   */
  public int instanceCount(GroupVersionKind kind) {
    return instances.cached(kind).size();
  }

  /**
   * The graph revisions the instances of {@code kind} run, are pinned to or are admitted to: those
   * the history must keep.
   */
  public Set<Long> revisionsInUse(GroupVersionKind kind) {
    return instances.cached(kind).stream()
        .map(InstanceRevision::facts)
        .flatMap(
            facts ->
                LongStream.concat(
                        LongStream.concat(facts.current().stream(), facts.pinned().stream()),
                        facts.admitted().stream())
                    .boxed())
        .collect(Collectors.toSet());
  }

  /**
   * Whether the instances of {@code kind} are all known: counting them, or deciding from them, must
   * wait until then (after a start the cache fills in a moment).
   */
  public boolean synced(GroupVersionKind kind) {
    return instances.synced(kind);
  }

  /**
   * The instances of {@code kind} as the watch cache has them; shared objects, not to be changed.
   */
  public List<GenericKubernetesResource> cached(GroupVersionKind kind) {
    return instances.cached(kind);
  }

  /** Queues every instance of {@code kind}, e.g. when the revision they follow changed. */
  public void requeue(GroupVersionKind kind) {
    instances.cached(kind).forEach(instance -> queue.add(InstanceEvents.key(instance)));
  }

  /**
   * Tells {@code listener} the kind of every instance the cache has just seen added, changed (its
   * status included, the controller's own writes too) or deleted: a reader of the cache then sees
   * the change.
   */
  public void onInstancesChanged(Consumer<GroupVersionKind> listener) {
    instancesChanged.set(listener);
  }

  public int queueDepth() {
    return queue.depth();
  }

  @Override
  public void close() {
    workers.close();
    instances.close();
    children.close();
    externals.close();
    metrics.close();
    applies.shutdownNow();
  }
}
