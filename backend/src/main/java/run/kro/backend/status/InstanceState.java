package run.kro.backend.status;

/** {@code status.state} of an instance (docs/design.md#instance-and-node-states). */
public enum InstanceState {
  IN_PROGRESS,
  ACTIVE,
  DELETING,
  ERROR
}
