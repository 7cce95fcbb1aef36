package run.kro.ui.revision;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The revision part of a ResourceGroup's status (docs/revisions.md#status): the latest revision
 * issued, the target, the rollout and the instance counts per revision.
 */
public record RevisionStatus(
    OptionalLong lastIssued,
    OptionalLong target,
    Optional<RolloutStatus> rollout,
    List<RevisionCount> counts) {

  public static final RevisionStatus NONE =
      new RevisionStatus(OptionalLong.empty(), OptionalLong.empty(), Optional.empty(), List.of());

  public RevisionStatus {
    counts = List.copyOf(counts);
  }

  /** Reads {@code status} of a ResourceGroup as the API server returns it (a Jackson tree). */
  public static RevisionStatus of(JsonNode status) {
    List<RevisionCount> counts = new ArrayList<>();
    status.path("revisions").forEach(entry -> counts.add(RevisionCount.of(entry)));
    return new RevisionStatus(
        RolloutStatus.number(status.path("lastIssuedRevision")).stream()
            .filter(n -> n > 0)
            .findFirst(),
        RolloutStatus.number(status.path("targetRevision")).stream().filter(n -> n > 0).findFirst(),
        RolloutStatus.of(status.path("rollout")),
        counts);
  }
}
