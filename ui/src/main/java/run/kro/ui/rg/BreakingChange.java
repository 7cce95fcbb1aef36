package run.kro.ui.rg;

/**
 * A change of the generated instance CRD that can invalidate instances stored under the old schema,
 * e.g. {@code spec.replicas: type changed from integer to string} in version {@code v1alpha1}.
 * {@code path} is dotted from the schema root, empty when the change concerns the whole version.
 */
public record BreakingChange(String version, String path, String description) {

  /** {@code VERSION PATH: DESCRIPTION}, e.g. {@code v1alpha1 spec.name: property removed}. */
  public String describe() {
    return version + " " + (path.isEmpty() ? description : path + ": " + description);
  }
}
