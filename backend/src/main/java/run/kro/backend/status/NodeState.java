package run.kro.backend.status;

/**
 * What happened to one resource of an instance's graph in the last reconcile
 * (docs/design.md#instance-and-node-states).
 */
public enum NodeState {
  /** Not applied yet: waiting for a dependency or for data. */
  IN_PROGRESS,
  /** Applied (or, for an external reference, found) and ready. */
  SYNCED,
  /** Applied or found, but its readyWhen is not true yet (or an external reference is missing). */
  WAITING_FOR_READINESS,
  /** Left out by includeWhen, or because a dependency was. */
  SKIPPED,
  /** Could not be evaluated or applied; the message says why. */
  ERROR,
  /** Being deleted with the instance. */
  DELETING,
  DELETED;

  /** Counts as done for the instance: nothing more to wait for. */
  public boolean settled() {
    return this == SYNCED || this == SKIPPED || this == DELETED;
  }
}
