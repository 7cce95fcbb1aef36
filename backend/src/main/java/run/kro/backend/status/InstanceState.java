package run.kro.backend.status;

/** {@code status.state} of an instance (§1.5). */
public enum InstanceState {
  IN_PROGRESS,
  ACTIVE,
  DELETING,
  ERROR
}
