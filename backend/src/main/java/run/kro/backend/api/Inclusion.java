package run.kro.backend.api;

/**
 * Whether a resource is part of an instance's graph, from its includeWhen and its dependencies
 * (docs/design.md#gating-and-includewhen).
 */
public sealed interface Inclusion
    permits Inclusion.Included, Inclusion.Skipped, Inclusion.Pending, Inclusion.Failed {

  record Included() implements Inclusion {}

  /**
   * An includeWhen is false, or a dependency is skipped (skipping is contagious); the reason names
   * which.
   */
  record Skipped(String reason) implements Inclusion {}

  /** An includeWhen reads a resource that is not observed and ready yet. */
  record Pending(String reason) implements Inclusion {}

  record Failed(String message) implements Inclusion {}

  Inclusion INCLUDED = new Included();
}
