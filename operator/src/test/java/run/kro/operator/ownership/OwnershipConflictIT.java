package run.kro.operator.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.Fixtures;
import run.kro.operator.testing.TestController;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;

/**
 * Two instances want the same object: the first keeps it, the second reports the conflict in its
 * status and takes nothing over; once the first is deleted, the second gets the object.
 */
@KubeTest
class OwnershipConflictIT {

  private static final String API = "kro.run/v1alpha1";
  private static Cluster cluster;

  @BeforeAll
  static void setUp(KubeTestEnv env) {
    TestController.running();
    cluster = new Cluster(env.adminClient());
    cluster.applyActive(Fixtures.object("ownership/claim.yaml", Map.of()));
  }

  @Test
  void theSecondInstanceNeverTakesOver(KubeTestEnv env) {
    String ns = env.newNamespace("conflict");
    cluster.apply(Fixtures.object("ownership/instance.yaml", Map.of("NS", ns, "NAME", "first")));
    cluster.awaitState(API, "Claim", ns, "first", "ACTIVE");

    cluster.apply(Fixtures.object("ownership/instance.yaml", Map.of("NS", ns, "NAME", "second")));
    JsonNode second = cluster.awaitState(API, "Claim", ns, "second", "ERROR");
    assertThat(second.path("status").path("managedResources").get(0).path("message").asText())
        .contains("belongs to a different ApplySet");
    assertThat(owner(ns)).isEqualTo("first");

    cluster.kind(API, "Claim").inNamespace(ns).withName("first").delete();
    cluster.awaitGone(API, "Claim", ns, "first");
    cluster.awaitState(API, "Claim", ns, "second", "ACTIVE");
    assertThat(owner(ns)).isEqualTo("second");
  }

  private static String owner(String ns) {
    return Cluster.tree(cluster.get("v1", "ConfigMap", ns, "shared").orElseThrow())
        .path("data")
        .path("owner")
        .asText();
  }
}
