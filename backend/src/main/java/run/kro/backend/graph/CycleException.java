package run.kro.backend.graph;

import java.util.List;

/**
 * The dependencies form a cycle; carries its path in "depends on" direction, e.g. {@code a -> b ->
 * a}.
 */
public final class CycleException extends RuntimeException {

  private final List<String> path;

  CycleException(List<String> path) {
    super(describe(path));
    this.path = List.copyOf(path);
  }

  /** The compiler's message for a cycle, e.g. {@code graph contains a cycle: a -> b -> a}. */
  public static String describe(List<String> path) {
    return "graph contains a cycle: " + String.join(" -> ", path);
  }

  /** The nodes of the cycle, the first repeated at the end. */
  public List<String> path() {
    return path;
  }
}
