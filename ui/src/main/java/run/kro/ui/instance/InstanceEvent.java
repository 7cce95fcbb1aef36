package run.kro.ui.instance;

import java.time.Instant;
import java.util.Optional;

/**
 * A Kubernetes Event about an instance or one of its children, as the console lists it.
 *
 * @param time when it last happened; empty when the event carries no time
 * @param type {@code Normal} or {@code Warning}
 * @param count how often it happened (1 when the server does not count)
 */
public record InstanceEvent(
    Optional<Instant> time,
    String type,
    String reason,
    String message,
    String objectKind,
    String objectName,
    int count) {

  public boolean isWarning() {
    return "Warning".equals(type);
  }
}
