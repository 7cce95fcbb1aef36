package run.kro.operator.instance;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import run.kro.backend.status.InstanceState;

/**
 * Instance metrics: {@code kro_instances{kind,state}} (how many instances are in each state, from
 * their last reconcile), {@code kro_instance_status_writes_total{kind}} and {@code
 * kro_cel_evaluation_seconds{kind}}.
 */
final class InstanceMetrics {

  private final MeterRegistry meters;
  private final Map<InstanceKey, InstanceState> states = new ConcurrentHashMap<>();
  private final Set<String> registeredKinds = ConcurrentHashMap.newKeySet();
  private final List<Gauge> gauges = new CopyOnWriteArrayList<>();

  InstanceMetrics(MeterRegistry meters) {
    this.meters = meters;
  }

  void recorded(InstanceKey key, InstanceState state, boolean wroteStatus) {
    states.put(key, state);
    String kind = key.gvk().kind();
    if (registeredKinds.add(kind)) {
      for (InstanceState each : InstanceState.values()) {
        gauges.add(
            Gauge.builder(
                    "kro.instances",
                    states,
                    s ->
                        s.entrySet().stream()
                            .filter(
                                e -> e.getKey().gvk().kind().equals(kind) && e.getValue() == each)
                            .count())
                .description("instances by state, as of their last reconcile")
                .tags("kind", kind, "state", each.name())
                .register(meters));
      }
    }
    if (wroteStatus) {
      Counter.builder("kro.instance.status.writes")
          .tags("kind", kind)
          .description("status writes; a steady instance makes none")
          .register(meters)
          .increment();
    }
  }

  /**
   * Time spent in the engine (CEL and rendering) by one reconcile: {@code
   * kro_cel_evaluation_seconds{kind}}.
   */
  void evaluated(InstanceKey key, Duration elapsed) {
    Timer.builder("kro.cel.evaluation")
        .tags("kind", key.gvk().kind())
        .description("time one reconcile spent evaluating expressions and rendering")
        .register(meters)
        .record(elapsed);
  }

  void forget(InstanceKey key) {
    states.remove(key);
  }

  /**
   * The next leadership term counts afresh: its gauges must not find these, which read this term's
   * states.
   */
  void close() {
    gauges.forEach(meters::remove);
  }
}
