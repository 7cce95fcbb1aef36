package run.kro.ui.base;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Kubernetes cluster the console works with, as shown to users: where it is; and, for the local
 * cluster of the run command, whether workloads are simulated there, and which kinds' providers
 * are.
 */
public record ClusterConnection(
    String server, Optional<LocalCluster> local, List<String> simulatedKinds) {

  public static final String NOT_SIMULATED = "workloads are not simulated";

  private static final Map<String, String> COMPONENT_NAMES =
      Map.of(
          "apiserver",
          "kube-apiserver",
          "controller-manager",
          "kube-controller-manager",
          "scheduler",
          "kube-scheduler",
          "kwok",
          "kwok (simulated nodes)");

  public ClusterConnection {
    server = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
    simulatedKinds = List.copyOf(simulatedKinds);
  }

  /** A cluster of the user's own (kubeconfig or in-cluster). */
  public static ClusterConnection remote(String server) {
    return new ClusterConnection(server, Optional.empty(), List.of());
  }

  public String describe() {
    return local.map(this::describeLocal).orElse("Kubernetes API server " + server);
  }

  /** Whether the banner warns: nothing, or less than it should, runs workloads. */
  public boolean warns() {
    return local
        .map(l -> !l.simulatesWorkloads() || !l.stoppedComponents().isEmpty())
        .orElse(false);
  }

  private String describeLocal(LocalCluster cluster) {
    List<String> stopped = cluster.stoppedComponents();
    if (!stopped.isEmpty()) {
      return "Local cluster "
          + server
          + ": "
          + String.join(
              ", ", stopped.stream().map(c -> COMPONENT_NAMES.getOrDefault(c, c)).toList())
          + " stopped, "
          + NOT_SIMULATED;
    }
    if (!cluster.simulatesWorkloads()) {
      return "Local cluster " + server + ", API server only: " + NOT_SIMULATED;
    }
    return "Local cluster "
        + server
        + ": workloads run on simulated nodes (kwok)"
        + (simulatedKinds.isEmpty()
            ? ""
            : "; simulated kinds: " + String.join(", ", simulatedKinds));
  }
}
