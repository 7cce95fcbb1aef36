package run.kro.ui.rg;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import run.kro.backend.model.ResourceGroupKind;

/**
 * One ResourceGroup or ResourceGraphDefinition in the cluster, as the console lists it: the API it
 * defines ({@code instanceApiVersion} is {@code group/version}), what the controller says about it
 * ({@code state} is {@code Active} or {@code Inactive}, empty before the controller has seen it,
 * {@code Deleting} while its deletion waits for the controller), and how many instances exist.
 * {@code definesItsKind} is false when another ResourceGroup (or a CRD KRO does not own) defines
 * the kind, which the controller then refuses: the API is not this one's.
 */
public record ResourceGroupSummary(
    String name,
    ResourceGroupKind sourceKind,
    String instanceApiVersion,
    String instanceKind,
    Optional<String> state,
    ReadyCondition ready,
    OptionalLong instanceCount,
    boolean definesItsKind,
    Optional<Instant> created,
    Optional<String> description) {

  /** How long ago it was created, as of {@code now}; empty when the server did not say. */
  public Optional<Duration> age(Instant now) {
    return created.map(c -> Duration.between(c, now));
  }
}
