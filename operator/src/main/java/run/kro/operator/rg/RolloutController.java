package run.kro.operator.rg;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.operator.instance.InstanceControllers;
import run.kro.operator.kube.ResourceKinds;
import run.kro.operator.queue.WorkQueue;
import run.kro.operator.queue.WorkerPool;
import run.kro.operator.registry.GraphRegistry;
import run.kro.operator.settings.ControllerSettings;

/**
 * The rollouts of all ResourceGroups: its own queue and one worker, so that a rollout never waits
 * behind compilations and never races itself. A ResourceGroup is looked at after each of its
 * reconciles, a moment after its instances' statuses change (many changes, one look), and when a
 * soak or deadline ends.
 */
final class RolloutController implements AutoCloseable {

  /** Instance statuses change in bursts: one look after the burst is enough. */
  static final Duration SETTLE = Duration.ofSeconds(2);

  private final WorkQueue<ResourceGroupKey> queue;
  private final WorkerPool<ResourceGroupKey> workers;
  private final RolloutReconciler reconciler;
  private final Map<GroupVersionKind, ResourceGroupKey> byKind = new ConcurrentHashMap<>();

  RolloutController(
      ResourceGroupInformers resourceGroups,
      GraphRegistry registry,
      InstanceControllers instances,
      KubernetesClient client,
      ResourceKinds kinds,
      ControllerSettings settings,
      MeterRegistry meters,
      Clock clock) {
    this.queue = new WorkQueue<>("rollouts", settings.rateLimiter().backoff());
    this.reconciler =
        new RolloutReconciler(
            resourceGroups,
            registry,
            instances,
            client,
            kinds,
            new InstancesPerRevision(meters),
            clock);
    this.workers =
        new WorkerPool<>(
            "rollouts",
            queue,
            1,
            settings.queueMaxRetries(),
            reconciler,
            key -> key.kind().kind(),
            meters,
            settings.gracefulShutdownTimeout());
    instances.onInstancesChanged(this::instancesChanged);
  }

  void start() {
    workers.start();
  }

  /** Looks at {@code key}'s rollout now; its instances are of {@code kind}. */
  void add(ResourceGroupKey key, GroupVersionKind kind) {
    byKind.put(kind, key);
    queue.add(key);
  }

  void forget(ResourceGroupKey key) {
    byKind.values().remove(key);
    reconciler.forget(key);
  }

  private void instancesChanged(GroupVersionKind kind) {
    ResourceGroupKey key = byKind.get(kind);
    if (key != null) {
      queue.addAfter(key, SETTLE);
    }
  }

  @Override
  public void close() {
    workers.close();
  }
}
