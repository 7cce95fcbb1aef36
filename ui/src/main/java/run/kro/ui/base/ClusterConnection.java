package run.kro.ui.base;

/**
 * The Kubernetes API server the console works with, as shown to users: where it is, and whether it is the in-memory
 * stand-in that runs no workloads.
 */
public record ClusterConnection(String server, boolean inMemory) {

  public static final String IN_MEMORY_BANNER = "in-memory API server: no workloads run";

  public String describe() {
    return inMemory ? IN_MEMORY_BANNER : "Kubernetes API server " + server;
  }
}
