package run.kro.operator.registry;

import java.util.Optional;

/** Compiles an issued revision of one ResourceGroup, when an instance first needs it. */
@FunctionalInterface
public interface RevisionSource {

  /** Revision {@code number}, compiled; empty when it was never issued or was collected. */
  Optional<ActiveGraph> compile(long number);
}
