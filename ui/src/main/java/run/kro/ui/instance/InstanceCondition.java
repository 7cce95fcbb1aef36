package run.kro.ui.instance;

import java.time.Instant;
import java.util.Optional;

/**
 * One condition of an instance's status as the controller wrote it ({@code Ready}, {@code
 * InstanceManaged}, {@code GraphResolved}, {@code ResourcesReady}, or the author's); absent texts
 * are empty strings.
 *
 * @param status {@code True}, {@code False} or {@code Unknown}, as written
 */
public record InstanceCondition(
    String type,
    String status,
    String reason,
    String message,
    Optional<Instant> lastTransitionTime) {

  public InstanceCondition {
    status = status == null ? "" : status;
    reason = reason == null ? "" : reason;
    message = message == null ? "" : message;
    lastTransitionTime = lastTransitionTime == null ? Optional.empty() : lastTransitionTime;
  }

  public boolean isTrue() {
    return "True".equalsIgnoreCase(status);
  }
}
