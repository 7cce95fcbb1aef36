package run.kro.ui.instance;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import run.kro.ui.rg.ReadyCondition;

/**
 * One instance in the console's list: where it is, what the controller last said about it ({@code
 * state} is {@code status.state}, e.g. ACTIVE or IN_PROGRESS, empty before the controller has seen
 * it), the graph revision it was reconciled with, whether it is being deleted, and its annotations
 * (a pin or an admission to a revision lives there, docs/revisions.md).
 */
public record InstanceSummary(
    String namespace,
    String name,
    Optional<String> state,
    ReadyCondition ready,
    Optional<Long> graphRevision,
    Optional<Instant> created,
    boolean deleting,
    Map<String, String> annotations) {

  public InstanceSummary {
    annotations = Map.copyOf(annotations);
  }

  /** How long ago it was created, as of {@code now}; empty when the server did not say. */
  public Optional<Duration> age(Instant now) {
    return created.map(c -> Duration.between(c, now));
  }
}
