package run.kro.operator.rg;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import run.kro.backend.model.RevisionCount;

/**
 * The metric {@code kro_instances_by_revision{resource_group, revision, state}}: how many instances
 * of each ResourceGroup run each revision, by state, as the rollout last counted them.
 */
final class InstancesPerRevision {

  private final MultiGauge gauge;
  private final Map<String, List<RevisionCount>> counted = new ConcurrentHashMap<>();

  InstancesPerRevision(MeterRegistry meters) {
    this.gauge =
        MultiGauge.builder("kro.instances.by.revision")
            .description("Instances per ResourceGroup, graph revision and state")
            .register(meters);
  }

  synchronized void counted(String owner, List<RevisionCount> counts) {
    if (!counts.equals(counted.put(owner, counts))) {
      publish();
    }
  }

  synchronized void forget(String owner) {
    if (counted.remove(owner) != null) {
      publish();
    }
  }

  private void publish() {
    List<MultiGauge.Row<?>> rows =
        counted.entrySet().stream()
            .flatMap(
                group ->
                    group.getValue().stream()
                        .flatMap(
                            count ->
                                count.states().entrySet().stream()
                                    .map(
                                        state ->
                                            MultiGauge.Row.of(
                                                Tags.of(
                                                    "resource_group",
                                                    group.getKey(),
                                                    "revision",
                                                    Long.toString(count.revision()),
                                                    "state",
                                                    state.getKey()),
                                                // A supplier: a boxed count would be only
                                                // weakly held by the gauge.
                                                () -> state.getValue()))))
            .<MultiGauge.Row<?>>map(row -> row)
            .toList();
    gauge.register(rows, true);
  }
}
