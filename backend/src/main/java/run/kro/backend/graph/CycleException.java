package run.kro.backend.graph;

import java.util.List;

/** The dependencies form a cycle; carries its path in "depends on" direction, e.g. {@code a -> b -> a}. */
public final class CycleException extends RuntimeException {

  private final List<String> path;

  CycleException(List<String> path) {
    super("graph contains a cycle: " + String.join(" -> ", path));
    this.path = List.copyOf(path);
  }

  /** The nodes of the cycle, the first repeated at the end. */
  public List<String> path() {
    return path;
  }
}
