package run.kro.operator.bench;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.awaitility.Awaitility;
import run.kro.operator.testing.Cluster;

/**
 * When each instance of a kind in a namespace was first seen ACTIVE, from a watch. Counting on
 * events, not by scanning a cache every few milliseconds, keeps the benchmark from taking the CPU
 * it measures.
 */
final class ActiveInstances implements AutoCloseable {

  private final Map<String, Long> activeAt = new ConcurrentHashMap<>();
  private final Watch watch;

  private ActiveInstances(Cluster cluster, String kind, String namespace) {
    this.watch =
        cluster
            .kind(BenchCluster.API, kind)
            .inNamespace(namespace)
            .watch(
                new Watcher<>() {
                  @Override
                  public void eventReceived(Action action, GenericKubernetesResource resource) {
                    if (BenchCluster.isActive(resource)) {
                      activeAt.putIfAbsent(resource.getMetadata().getName(), System.nanoTime());
                    }
                  }

                  @Override
                  public void onClose(WatcherException cause) {
                    if (cause != null) {
                      throw new IllegalStateException(
                          "the benchmark's watch of " + kind + " failed", cause);
                    }
                  }
                });
  }

  static ActiveInstances watch(Cluster cluster, String kind, String namespace) {
    return new ActiveInstances(cluster, kind, namespace);
  }

  /** The {@link System#nanoTime()} at which {@code name} was first seen ACTIVE, once it was. */
  Long activeAt(String name) {
    return activeAt.get(name);
  }

  void await(String name, Duration patience) {
    Awaitility.await()
        .atMost(patience)
        .pollInterval(Duration.ofMillis(2))
        .until(() -> activeAt.containsKey(name));
  }

  void await(int count, Duration patience) {
    Awaitility.await()
        .atMost(patience)
        .pollInterval(Duration.ofMillis(10))
        .until(() -> activeAt.size() >= count);
  }

  @Override
  public void close() {
    watch.close();
  }
}
