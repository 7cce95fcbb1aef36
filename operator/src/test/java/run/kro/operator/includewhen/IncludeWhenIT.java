package run.kro.operator.includewhen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.Fixtures;
import run.kro.operator.testing.TestController;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;

/** includeWhen turned on creates the resource and its dependent; turned off, both are pruned. */
@KubeTest
class IncludeWhenIT {

  private static final String API = "kro.run/v1alpha1";
  private static final String KIND = "OptionalParts";
  private static Cluster cluster;

  @BeforeAll
  static void setUp(KubeTestEnv env) {
    TestController.running();
    cluster = new Cluster(env.adminClient());
    cluster.applyActive(Fixtures.object("includewhen/optional.yaml", Map.of()));
  }

  @Test
  void flipsInBothDirections(KubeTestEnv env) {
    String ns = env.newNamespace("include");
    cluster.apply(Fixtures.object("includewhen/instance.yaml", Map.of("NS", ns, "EXTRA", "false")));
    JsonNode off = cluster.awaitState(API, KIND, ns, "parts", "ACTIVE");
    assertThat(states(off))
        .isEqualTo(Map.of("base", "SYNCED", "extra", "SKIPPED", "extraDependent", "SKIPPED"));
    assertThat(cluster.get("v1", "ConfigMap", ns, "parts-extra")).isEmpty();

    cluster.apply(Fixtures.object("includewhen/instance.yaml", Map.of("NS", ns, "EXTRA", "true")));
    cluster.await("v1", "ConfigMap", ns, "parts-extra-dependent", "created", cm -> true);
    cluster.await(
        API,
        KIND,
        ns,
        "parts",
        "all synced",
        o ->
            states(o).values().stream().allMatch("SYNCED"::equals)
                && "ACTIVE".equals(o.path("status").path("state").asText()));

    cluster.apply(Fixtures.object("includewhen/instance.yaml", Map.of("NS", ns, "EXTRA", "false")));
    cluster.awaitGone("v1", "ConfigMap", ns, "parts-extra-dependent");
    cluster.awaitGone("v1", "ConfigMap", ns, "parts-extra");
    assertThat(cluster.get("v1", "ConfigMap", ns, "parts-base")).isPresent();
    cluster.await(
        API,
        KIND,
        ns,
        "parts",
        "extra skipped again",
        o -> "SKIPPED".equals(states(o).get("extra")));
  }

  static Map<String, String> states(JsonNode instance) {
    Map<String, String> states = new TreeMap<>();
    instance
        .path("status")
        .path("managedResources")
        .forEach(r -> states.put(r.path("id").asText(), r.path("state").asText()));
    return states;
  }
}
