package run.kro.backend.status;

import java.util.List;
import java.util.Optional;

/**
 * What the controller found in one reconcile of an instance, from which its built-in conditions and
 * state follow.
 *
 * @param managementFailure why the finalizer and labels could not be written, if they could not
 * @param graphFailure why no compiled graph could be used, if none could
 * @param suspended the instance carries {@code kro.run/reconcile: suspended}
 * @param deletion while the instance is being deleted: what the deletion is doing or waiting for
 * @param nodes every resource of the graph, in topological order
 * @param statusErrors errors of the ResourceGroup's status expressions and author conditions
 */
public record InstanceObservation(
    Optional<String> managementFailure,
    Optional<String> graphFailure,
    boolean suspended,
    Optional<String> deletion,
    List<NodeReport> nodes,
    List<String> statusErrors) {

  public InstanceObservation {
    nodes = List.copyOf(nodes);
    statusErrors = List.copyOf(statusErrors);
  }

  public static InstanceObservation reconciled(List<NodeReport> nodes, List<String> statusErrors) {
    return new InstanceObservation(
        Optional.empty(), Optional.empty(), false, Optional.empty(), nodes, statusErrors);
  }
}
