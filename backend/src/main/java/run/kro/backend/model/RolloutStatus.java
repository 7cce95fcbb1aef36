package run.kro.backend.model;

import java.util.Optional;

/**
 * How a ResourceGroup's target revision reaches its instances (docs/revisions.md#status), as the
 * controller reports it in {@code status.rollout}.
 *
 * @param mode auto, manual or staged
 * @param revision the target being rolled out
 * @param phase Progressing, Soaking, Paused, Halted, Complete or Waiting
 * @param step the current step; 0 is the canary
 * @param admitted instances on or admitted to the target
 * @param total instances that follow the target (pinned ones excluded)
 * @param stepStartedAt when the current step started (RFC 3339)
 * @param readySince since when every admitted instance is Ready (RFC 3339)
 */
public record RolloutStatus(
    String mode,
    long revision,
    String phase,
    int step,
    int steps,
    int admitted,
    int total,
    Optional<String> stepStartedAt,
    Optional<String> readySince,
    String message) {

  public RolloutStatus {
    stepStartedAt = stepStartedAt == null ? Optional.empty() : stepStartedAt;
    readySince = readySince == null ? Optional.empty() : readySince;
  }
}
