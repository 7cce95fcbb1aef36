package run.kro.operator.kube;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import run.kro.backend.kinds.GroupVersionKind;

/**
 * The controller's latest apply of each object that its watch cache does not show yet. The cache
 * follows the controller's own writes by the watch's latency, and a reconcile in between would find
 * the object missing, or older than what was applied, and apply it again for nothing: a busy
 * cluster's controllers (a Deployment's, an autoscaler's) wake it several times in that window.
 * Such a reconcile reads the applied object instead.
 *
 * <p>An entry goes once the watch shows that version or a later one, or the object's deletion. One
 * the watch has not shown within {@link #TRUSTED_FOR} is dropped: the object may have been deleted
 * while the watch was down, and the cache is the judge again.
 */
public final class UnseenApplies {

  static final Duration TRUSTED_FOR = Duration.ofSeconds(10);

  private record Key(String apiVersion, String kind, String namespace, String name) {

    static Key of(GenericKubernetesResource object) {
      return new Key(
          object.getApiVersion(),
          object.getKind(),
          Optional.ofNullable(object.getMetadata().getNamespace()).orElse(""),
          object.getMetadata().getName());
    }
  }

  private record Applied(GenericKubernetesResource object, Instant at) {}

  private final Map<Key, Applied> unseen = new ConcurrentHashMap<>();
  private final Clock clock;

  public UnseenApplies(Clock clock) {
    this.clock = clock;
  }

  /** Records {@code result}, what the API server returned for an apply. */
  public void applied(GenericKubernetesResource result) {
    Instant now = clock.instant();
    unseen.values().removeIf(entry -> expired(entry, now));
    unseen.put(Key.of(result), new Applied(result, now));
  }

  /**
   * The newer of {@code cached}, the watch cache's copy of the object, and the controller's own
   * apply of it not shown there yet.
   */
  public Optional<GenericKubernetesResource> newest(
      GroupVersionKind gvk,
      Optional<String> namespace,
      String name,
      Optional<GenericKubernetesResource> cached) {
    Key key = new Key(gvk.apiVersion(), gvk.kind(), namespace.orElse(""), name);
    Applied own = unseen.get(key);
    if (own == null) {
      return cached;
    }
    boolean cacheCaughtUp =
        cached.isPresent()
            && !ResourceVersions.olderThan(
                cached.get(), own.object().getMetadata().getResourceVersion());
    if (cacheCaughtUp || expired(own, clock.instant())) {
      unseen.remove(key, own);
      return cached;
    }
    return Optional.of(own.object());
  }

  /** The watch showed {@code object}: an apply not newer than it is seen. */
  public void seen(GenericKubernetesResource object) {
    unseen.computeIfPresent(
        Key.of(object),
        (key, own) ->
            ResourceVersions.olderThan(object, own.object().getMetadata().getResourceVersion())
                ? own
                : null);
  }

  public void forget(GenericKubernetesResource deleted) {
    unseen.remove(Key.of(deleted));
  }

  private static boolean expired(Applied entry, Instant now) {
    return entry.at().plus(TRUSTED_FOR).isBefore(now);
  }
}
