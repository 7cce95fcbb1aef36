package run.kro.operator.registry;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.backend.rollout.RolloutMode;

/**
 * Active graphs by instance kind. Replacing a graph is atomic: a reconcile that started with the
 * old graph finishes with it, the next one sees the new graph. Thread-safe.
 */
public final class GraphRegistry {

  private final Map<GroupVersionKind, ActiveGraph> byKind = new ConcurrentHashMap<>();
  private final Map<GroupVersionKind, ActiveGraph> retired = new ConcurrentHashMap<>();
  private final Map<GroupVersionKind, RolloutTarget> targets = new ConcurrentHashMap<>();
  private final Map<GroupVersionKind, RevisionSource> sources = new ConcurrentHashMap<>();
  private final Map<GroupVersionKind, Map<Long, ActiveGraph>> compiled = new ConcurrentHashMap<>();

  public Optional<ActiveGraph> graph(GroupVersionKind instanceKind) {
    return Optional.ofNullable(byKind.get(instanceKind));
  }

  /** The graph {@code owner} serves, if it serves one. */
  public Optional<ActiveGraph> servedBy(String owner) {
    return byKind.values().stream().filter(g -> g.owner().equals(owner)).findFirst();
  }

  public void activate(ActiveGraph graph) {
    ActiveGraph previous = byKind.put(graph.graph().instanceKind(), graph);
    retired.remove(graph.graph().instanceKind());
    if (previous != null && previous.revision() != graph.revision()) {
      // Instances behind the new latest keep being served without compiling it again.
      compiled
          .computeIfAbsent(graph.graph().instanceKind(), k -> new ConcurrentHashMap<>())
          .put(previous.revision(), previous);
    }
  }

  /** Serves {@code graph} as the latest revision; {@code source} compiles the others. */
  public void activate(ActiveGraph graph, RevisionSource source) {
    GroupVersionKind kind = graph.graph().instanceKind();
    if (sources.put(kind, source) == null) {
      compiled.remove(kind);
    }
    activate(graph);
  }

  /**
   * Revision {@code number} of the kind's ResourceGroup: the latest as activated, any other
   * compiled once from its GraphRevision and kept. Empty when it does not exist.
   */
  public Optional<ActiveGraph> revision(GroupVersionKind instanceKind, long number) {
    ActiveGraph latest = byKind.get(instanceKind);
    if (latest == null) {
      return Optional.empty();
    }
    if (latest.revision() == number) {
      return Optional.of(latest);
    }
    Map<Long, ActiveGraph> graphs =
        compiled.computeIfAbsent(instanceKind, k -> new ConcurrentHashMap<>());
    ActiveGraph known = graphs.get(number);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<ActiveGraph> loaded =
        Optional.ofNullable(sources.get(instanceKind)).flatMap(source -> source.compile(number));
    loaded.ifPresent(graph -> graphs.put(number, graph));
    return loaded;
  }

  /** Drops the compiled graphs of revisions that were collected. */
  public void forget(GroupVersionKind instanceKind, Collection<Long> revisions) {
    Optional.ofNullable(compiled.get(instanceKind)).ifPresent(g -> g.keySet().removeAll(revisions));
  }

  /** What the kind's instances follow: by default every instance follows the latest revision. */
  public RolloutTarget target(GroupVersionKind instanceKind) {
    RolloutTarget target = targets.get(instanceKind);
    if (target != null) {
      return target;
    }
    return new RolloutTarget(
        RolloutMode.AUTO,
        Optional.ofNullable(byKind.get(instanceKind)).map(ActiveGraph::revision).orElse(0L));
  }

  /**
   * @return whether the target changed, so that the kind's instances must be looked at again
   */
  public boolean target(GroupVersionKind instanceKind, RolloutTarget target) {
    return !target.equals(targets.put(instanceKind, target));
  }

  /**
   * The ResourceGroup {@code owner} is gone: its kind is no longer reconciled, but the last graph
   * is kept so that instances still being deleted (or deleted later, while their CRD stays) get
   * their children deleted and their finalizer removed. Returns the kind it served.
   */
  public Optional<GroupVersionKind> retire(String owner) {
    Optional<ActiveGraph> served = servedBy(owner);
    served.ifPresent(
        g -> {
          byKind.remove(g.graph().instanceKind(), g);
          retired.put(g.graph().instanceKind(), g);
          targets.remove(g.graph().instanceKind());
          sources.remove(g.graph().instanceKind());
          compiled.remove(g.graph().instanceKind());
        });
    return served.map(g -> g.graph().instanceKind());
  }

  /** The graph of a kind whose ResourceGroup is gone, for finishing deletions. */
  public Optional<ActiveGraph> retired(GroupVersionKind instanceKind) {
    return Optional.ofNullable(retired.get(instanceKind));
  }

  public Collection<ActiveGraph> all() {
    return List.copyOf(byKind.values());
  }
}
