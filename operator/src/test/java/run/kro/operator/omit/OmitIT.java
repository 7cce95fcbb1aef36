package run.kro.operator.omit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.Fixtures;
import run.kro.operator.testing.TestController;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;

/**
 * omit() through the controller, with the CELOmitFunction gate on as {@code
 * kro.controller.feature-gates.*} sets it: the ResourceGroup is accepted, and a field whose
 * expression gives omit() is absent from the child, also after the instance once asked for it
 * (server-side apply drops the field kro no longer applies).
 */
@KubeTest
class OmitIT {

  private static final String API = "kro.run/v1alpha1";
  private static final String KIND = "OmitFields";
  private static Cluster cluster;

  @BeforeAll
  static void setUp(KubeTestEnv env) {
    TestController.running();
    cluster = new Cluster(env.adminClient());
    cluster.applyActive(Fixtures.object("omit/omit-fields.yaml", Map.of()));
  }

  @Test
  void omittedFieldsAreAbsentFromTheChild(KubeTestEnv env) {
    String ns = env.newNamespace("omit");
    cluster.apply(Fixtures.object("omit/instance.yaml", Map.of("NS", ns, "DEBUG", "false")));
    cluster.awaitState(API, KIND, ns, "fields", "ACTIVE");
    assertThat(data(ns)).isEqualTo("{\"always\":\"yes\"}");

    cluster.apply(Fixtures.object("omit/instance.yaml", Map.of("NS", ns, "DEBUG", "true")));
    cluster.await(
        "v1", "ConfigMap", ns, "fields-config", "level set", cm -> cm.path("data").has("level"));

    cluster.apply(Fixtures.object("omit/instance.yaml", Map.of("NS", ns, "DEBUG", "false")));
    cluster.await(
        "v1", "ConfigMap", ns, "fields-config", "level gone", cm -> !cm.path("data").has("level"));
    assertThat(data(ns)).isEqualTo("{\"always\":\"yes\"}");
  }

  /** The child's data as JSON text. */
  private static String data(String ns) {
    return Cluster.tree(cluster.get("v1", "ConfigMap", ns, "fields-config").orElseThrow())
        .path("data")
        .toString();
  }
}
