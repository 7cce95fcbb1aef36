package run.kro.operator.registry;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import run.kro.backend.kinds.GroupVersionKind;

/**
 * Active graphs by instance kind, with the other revisions instances still run and the rollout
 * policy that says which revision they follow (docs/revisions.md). Replacing a graph is atomic: a
 * reconcile that started with the old graph finishes with it, the next one sees the new graph.
 * Thread-safe.
 */
public final class GraphRegistry {

  private final Map<GroupVersionKind, ActiveGraph> byKind = new ConcurrentHashMap<>();
  private final Map<GroupVersionKind, ActiveGraph> retired = new ConcurrentHashMap<>();
  private final Map<GroupVersionKind, RolloutPolicy> policies = new ConcurrentHashMap<>();
  private final Map<GroupVersionKind, RevisionSource> sources = new ConcurrentHashMap<>();
  private final Map<GroupVersionKind, Map<Long, ActiveGraph>> compiled = new ConcurrentHashMap<>();

  /** The latest revision's graph of a kind. */
  public Optional<ActiveGraph> graph(GroupVersionKind instanceKind) {
    return Optional.ofNullable(byKind.get(instanceKind));
  }

  /** The graph {@code owner} serves, if it serves one. */
  public Optional<ActiveGraph> servedBy(String owner) {
    return byKind.values().stream().filter(g -> g.owner().equals(owner)).findFirst();
  }

  /** Serves {@code graph} as the latest revision of its kind. */
  public void activate(ActiveGraph graph) {
    GroupVersionKind kind = graph.graph().instanceKind();
    ActiveGraph previous = byKind.put(kind, graph);
    retired.remove(kind);
    if (previous != null && previous.revision() != graph.revision()) {
      // Instances behind the new latest keep being served without compiling it again.
      compiledOf(kind).put(previous.revision(), previous);
    }
  }

  /** Where the kind's revisions other than the latest are compiled from. */
  public void source(GroupVersionKind instanceKind, RevisionSource source) {
    sources.put(instanceKind, source);
  }

  /**
   * Revision {@code number} of the kind's ResourceGroup: the latest as activated, any other
   * compiled once from its source and kept. Empty when it does not exist.
   */
  public Optional<ActiveGraph> revision(GroupVersionKind instanceKind, long number) {
    ActiveGraph latest = byKind.get(instanceKind);
    if (latest != null && latest.revision() == number) {
      return Optional.of(latest);
    }
    Map<Long, ActiveGraph> graphs = compiledOf(instanceKind);
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
    compiledOf(instanceKind).keySet().removeAll(revisions);
  }

  /**
   * Sets how the kind's instances follow revisions.
   *
   * @return whether it changed, so that the kind's instances must be looked at again
   */
  public boolean follow(GroupVersionKind instanceKind, RolloutPolicy policy) {
    return !policy.equals(policies.put(instanceKind, policy));
  }

  /**
   * What the kind's instances follow now: the policy's target, or the latest revision. By default
   * every instance follows the latest, as in rollout auto.
   */
  public RolloutTarget target(GroupVersionKind instanceKind) {
    RolloutPolicy policy = policies.getOrDefault(instanceKind, RolloutPolicy.AUTO);
    long latest =
        Optional.ofNullable(byKind.get(instanceKind)).map(ActiveGraph::revision).orElse(0L);
    return new RolloutTarget(policy.mode(), policy.target().orElse(latest));
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
          GroupVersionKind kind = g.graph().instanceKind();
          byKind.remove(kind, g);
          retired.put(kind, g);
          policies.remove(kind);
          sources.remove(kind);
          compiled.remove(kind);
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

  private Map<Long, ActiveGraph> compiledOf(GroupVersionKind instanceKind) {
    return compiled.computeIfAbsent(instanceKind, k -> new ConcurrentHashMap<>());
  }
}
