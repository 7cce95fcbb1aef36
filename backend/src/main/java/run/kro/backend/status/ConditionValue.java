package run.kro.backend.status;

import java.util.Collection;

/** A condition's status, reason and message, before times and generations are stamped on it. */
public record ConditionValue(String status, String reason, String message) {

  public static final String TRUE = "True";
  public static final String FALSE = "False";
  public static final String UNKNOWN = "Unknown";

  public static ConditionValue isTrue(String reason, String message) {
    return new ConditionValue(TRUE, reason, message);
  }

  public static ConditionValue isFalse(String reason, String message) {
    return new ConditionValue(FALSE, reason, message);
  }

  public static ConditionValue unknown(String reason, String message) {
    return new ConditionValue(UNKNOWN, reason, message);
  }

  /**
   * The root condition (Ready) over its dependents: the least healthy one — False beats Unknown —
   * or True with reason Ready when all are true.
   */
  public static ConditionValue rootOf(Collection<ConditionValue> dependents) {
    return dependents.stream()
        .filter(c -> FALSE.equals(c.status()))
        .findFirst()
        .or(() -> dependents.stream().filter(c -> !c.healthy()).findFirst())
        .orElse(isTrue("Ready", ""));
  }

  public boolean healthy() {
    return TRUE.equals(status);
  }
}
