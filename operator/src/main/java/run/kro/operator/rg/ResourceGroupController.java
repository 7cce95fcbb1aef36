package run.kro.operator.rg;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.operator.instance.InstanceControllers;
import run.kro.operator.kube.CompactObjects;
import run.kro.operator.kube.KindInformers;
import run.kro.operator.kube.ResourceKinds;
import run.kro.operator.queue.WorkQueue;
import run.kro.operator.queue.WorkerPool;
import run.kro.operator.registry.GraphRegistry;
import run.kro.operator.settings.ControllerSettings;

/**
 * The ResourceGroup controller: watches ResourceGroups, ResourceGraphDefinitions and CRDs, and
 * reconciles.
 */
public final class ResourceGroupController implements AutoCloseable {

  private static final GroupVersionKind CRD =
      new GroupVersionKind("apiextensions.k8s.io", "v1", "CustomResourceDefinition");

  private final WorkQueue<ResourceGroupKey> queue;
  private final ResourceGroupInformers resourceGroups;
  private final KindInformers crds;
  private final WorkerPool<ResourceGroupKey> workers;
  private final RolloutController rollouts;

  public ResourceGroupController(
      KubernetesClient client,
      ResourceKinds kinds,
      GraphRegistry registry,
      InstanceControllers instances,
      ControllerSettings settings,
      MeterRegistry meters,
      Clock clock) {
    this.queue = new WorkQueue<>("resource-groups", settings.rateLimiter().backoff());
    this.resourceGroups =
        new ResourceGroupInformers(client, kinds, settings.resyncPeriod(), queue::add);
    // Only CRD events are used (their generation and status), never the cached schemas, which can
    // be large.
    this.crds =
        new KindInformers(
            "crd",
            client,
            kinds,
            Optional.empty(),
            settings.resyncPeriod(),
            CompactObjects.withoutManagedFields().dropping("spec"),
            new CrdEvents(() -> resourceGroups.all().forEach(queue::add)));
    this.rollouts =
        new RolloutController(
            resourceGroups, registry, instances, client, kinds, settings, meters, clock);
    ResourceGroupReconciler reconciler =
        new ResourceGroupReconciler(
            resourceGroups,
            new ResourceGroupCompilation(client, settings.compilerOptions()),
            new CrdInstaller(client),
            registry,
            instances,
            kinds,
            new ResourceGroupWriter(client, kinds, new ResourceGroupStatus(clock)),
            new GraphRevisions(client),
            settings,
            rollouts);
    this.workers =
        new WorkerPool<>(
            "resource-groups",
            queue,
            settings.resourceGroupConcurrentReconciles(),
            settings.queueMaxRetries(),
            reconciler,
            key -> key.kind().kind(),
            meters,
            settings.gracefulShutdownTimeout());
  }

  public void start() {
    resourceGroups.start();
    crds.ensure(CRD);
    rollouts.start();
    workers.start();
  }

  /**
   * Whether the caches of ResourceGroups and CRDs hold what the API server had when they started.
   */
  public boolean synced() {
    return resourceGroups.synced() && crds.synced();
  }

  @Override
  public void close() {
    workers.close();
    rollouts.close();
    resourceGroups.close();
    crds.close();
  }
}
