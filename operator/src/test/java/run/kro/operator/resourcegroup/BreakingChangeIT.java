package run.kro.operator.resourcegroup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.junit.jupiter.api.Test;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.TestController;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;

/**
 * Removing a field from the API is a breaking change: blocked, until the ResourceGroup allows it.
 */
@KubeTest
class BreakingChangeIT {

  private static final String API = "kro.run/v1alpha1";
  private final Greeter greeter = new Greeter("greeter-breaking", "BreakingGreeter");

  @Test
  void blockedThenAllowed(KubeTestEnv env) {
    TestController.running();
    Cluster cluster = new Cluster(env.adminClient());
    String crd = "breakinggreeters.kro.run";
    cluster.applyActive(greeter.resourceGroup(Greeter.VALID, Greeter.SIZE_FIELD, false));
    assertThat(specProperties(cluster, crd)).contains("size");

    cluster.apply(greeter.resourceGroup(Greeter.VALID, "", false));
    JsonNode blocked =
        cluster.await(
            API,
            "ResourceGroup",
            null,
            greeter.name(),
            "kind not ready",
            rg ->
                InvalidUpdateIT.condition(rg, "KindReady").path("status").asText().equals("False"));
    assertThat(InvalidUpdateIT.condition(blocked, "KindReady").path("reason").asText())
        .isEqualTo("BreakingChanges");
    assertThat(InvalidUpdateIT.condition(blocked, "KindReady").path("message").asText())
        .contains("breaking changes detected")
        .contains("spec.size")
        .contains("kro.run/allow-breaking-changes");
    assertThat(specProperties(cluster, crd)).contains("size");

    cluster.apply(greeter.resourceGroup(Greeter.VALID, "", true));
    cluster.await(
        API,
        "ResourceGroup",
        null,
        greeter.name(),
        "active again",
        rg -> rg.path("status").path("state").asText().equals("Active"));
    assertThat(specProperties(cluster, crd)).doesNotContain("size");
  }

  private static Set<String> specProperties(Cluster cluster, String crd) {
    return cluster
        .client()
        .apiextensions()
        .v1()
        .customResourceDefinitions()
        .withName(crd)
        .get()
        .getSpec()
        .getVersions()
        .get(0)
        .getSchema()
        .getOpenAPIV3Schema()
        .getProperties()
        .get("spec")
        .getProperties()
        .keySet();
  }
}
