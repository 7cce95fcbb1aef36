package run.kro.operator.instance;

import java.util.List;
import java.util.Set;
import run.kro.backend.api.ExternalTarget;
import run.kro.backend.status.NodeReport;
import run.kro.backend.status.NodeState;

/**
 * One pass over an instance's graph: what each resource came to, what exists now, and what was
 * read.
 *
 * @param evaluation the engine's view after the pass, for the status expressions
 * @param keptUids the children that are desired and exist; every other child of the instance may be
 *     pruned
 * @param namespaces the namespaces the desired children live in
 * @param desiredStateHash the hash of everything rendered (meaningful when {@link #complete()})
 * @param writes how many objects this pass applied
 */
record WalkResult(
    TimedEvaluation evaluation,
    List<NodeReport> nodes,
    Set<String> keptUids,
    Set<String> namespaces,
    List<ExternalTarget> externalTargets,
    String desiredStateHash,
    int writes) {

  /** Every resource was rendered: none waits for data, none failed. Only then is pruning safe. */
  boolean complete() {
    return nodes.stream()
        .noneMatch(
            n ->
                n.state() == NodeState.IN_PROGRESS
                    || n.state() == NodeState.ERROR
                    || n.state() == NodeState.DELETING);
  }

  boolean failed() {
    return nodes.stream().anyMatch(n -> n.state() == NodeState.ERROR);
  }

  boolean settled() {
    return nodes.stream().allMatch(n -> n.state().settled());
  }
}
