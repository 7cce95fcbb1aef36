package run.kro.operator.queue;

import java.time.Duration;
import java.util.Objects;

/**
 * What a reconcile asks of the queue: nothing more until the next event, or another look after a
 * delay.
 */
public sealed interface Outcome {

  /** The key is settled; its failure count is reset. */
  record Done() implements Outcome {}

  /**
   * Look again after {@code delay} (for example while a resource becomes ready); the failure count
   * is reset.
   */
  record RequeueAfter(Duration delay) implements Outcome {

    public RequeueAfter {
      Objects.requireNonNull(delay, "delay");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("negative requeue delay " + delay);
      }
    }
  }

  static Outcome done() {
    return new Done();
  }

  static Outcome requeueAfter(Duration delay) {
    return new RequeueAfter(delay);
  }
}
