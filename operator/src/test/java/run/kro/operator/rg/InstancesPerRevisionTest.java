package run.kro.operator.rg;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import run.kro.backend.model.RevisionCount;

class InstancesPerRevisionTest {

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final InstancesPerRevision metric = new InstancesPerRevision(meters);

  private double value(String group, String revision, String state) {
    var gauge =
        meters
            .find("kro.instances.by.revision")
            .tags("resource_group", group, "revision", revision, "state", state)
            .gauge();
    return gauge == null ? Double.NaN : gauge.value();
  }

  @Test
  void countsEachResourceGroupsInstancesPerRevisionAndState() {
    metric.counted(
        "ResourceGroup/shop",
        List.of(
            new RevisionCount(1, 3, 1, Map.of("ACTIVE", 3)),
            new RevisionCount(2, 2, 0, Map.of("ACTIVE", 1, "ERROR", 1))));
    metric.counted("ResourceGroup/other", List.of(new RevisionCount(4, 5, 0, Map.of("ACTIVE", 5))));

    assertThat(value("ResourceGroup/shop", "1", "ACTIVE")).isEqualTo(3.0);
    assertThat(value("ResourceGroup/shop", "2", "ERROR")).isEqualTo(1.0);
    assertThat(value("ResourceGroup/other", "4", "ACTIVE")).isEqualTo(5.0);

    metric.counted("ResourceGroup/shop", List.of(new RevisionCount(2, 5, 0, Map.of("ACTIVE", 5))));
    assertThat(value("ResourceGroup/shop", "2", "ACTIVE")).isEqualTo(5.0);
    assertThat(value("ResourceGroup/shop", "1", "ACTIVE")).isNaN();

    metric.forget("ResourceGroup/shop");
    assertThat(value("ResourceGroup/shop", "2", "ACTIVE")).isNaN();
    assertThat(value("ResourceGroup/other", "4", "ACTIVE")).isEqualTo(5.0);
  }
}
