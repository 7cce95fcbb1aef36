package run.kro.operator.instance;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import run.kro.backend.api.ExternalTarget;
import run.kro.backend.kinds.GroupVersionKind;

/**
 * Which instances read which external objects, so that a change to one (or its creation, for a
 * reference still waiting) wakes exactly those instances. Each reconcile replaces an instance's
 * targets with the ones it just read.
 */
final class ExternalWatchers {

  private final Map<InstanceKey, List<ExternalTarget>> targets = new ConcurrentHashMap<>();

  void watch(InstanceKey instance, List<ExternalTarget> read) {
    if (read.isEmpty()) {
      targets.remove(instance);
    } else {
      targets.put(instance, List.copyOf(read));
    }
  }

  void forget(InstanceKey instance) {
    targets.remove(instance);
  }

  /**
   * Calls {@code wake} for every instance that reads {@code object}; for selectors, every instance
   * that lists its kind in its namespace.
   */
  void changed(GroupVersionKind gvk, GenericKubernetesResource object, Consumer<InstanceKey> wake) {
    Optional<String> namespace = Optional.ofNullable(object.getMetadata().getNamespace());
    String name = object.getMetadata().getName();
    targets.forEach(
        (instance, read) -> {
          if (read.stream().anyMatch(target -> reads(target, gvk, namespace, name))) {
            wake.accept(instance);
          }
        });
  }

  private static boolean reads(
      ExternalTarget target, GroupVersionKind gvk, Optional<String> namespace, String name) {
    if (!target.gvk().equals(gvk)) {
      return false;
    }
    boolean namespaceMatches = target.namespace().isEmpty() || target.namespace().equals(namespace);
    return namespaceMatches
        && (target.isCollection() || Objects.equals(target.name().orElse(null), name));
  }
}
