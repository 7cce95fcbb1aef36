package run.kro.operator.registry;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import run.kro.backend.kinds.GroupVersionKind;

/**
 * Active graphs by instance kind. Replacing a graph is atomic: a reconcile that started with the
 * old graph finishes with it, the next one sees the new graph. Thread-safe.
 */
public final class GraphRegistry {

  private final Map<GroupVersionKind, ActiveGraph> byKind = new ConcurrentHashMap<>();
  private final Map<GroupVersionKind, ActiveGraph> retired = new ConcurrentHashMap<>();

  public Optional<ActiveGraph> graph(GroupVersionKind instanceKind) {
    return Optional.ofNullable(byKind.get(instanceKind));
  }

  /** The graph {@code owner} serves, if it serves one. */
  public Optional<ActiveGraph> servedBy(String owner) {
    return byKind.values().stream().filter(g -> g.owner().equals(owner)).findFirst();
  }

  public void activate(ActiveGraph graph) {
    byKind.put(graph.graph().instanceKind(), graph);
    retired.remove(graph.graph().instanceKind());
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
