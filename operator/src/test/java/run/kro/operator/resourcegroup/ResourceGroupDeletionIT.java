package run.kro.operator.resourcegroup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.TestController;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;

/**
 * Deleting a ResourceGroup: by default its kind is no longer reconciled and the CRD, instances and
 * children stay (deleting an instance later still deletes its children); with {@code
 * block-deletion-while-instances-exist} the ResourceGroup waits for its instances, and with {@code
 * allow-crd-deletion} the CRD goes with it.
 */
@KubeTest
class ResourceGroupDeletionIT {

  private static final String API = "kro.run/v1alpha1";

  @Test
  void byDefaultTheCrdAndInstancesStay(KubeTestEnv env) {
    TestController.running();
    Cluster cluster = new Cluster(env.adminClient());
    Greeter greeter = new Greeter("greeter-kept", "KeptGreeter");
    String ns = env.newNamespace("rg-delete");
    greeter.installWithInstance(cluster, ns);

    cluster.kind(API, "ResourceGroup").withName(greeter.name()).delete();

    cluster.awaitGone(API, "ResourceGroup", null, greeter.name());
    assertThat(
            cluster
                .client()
                .apiextensions()
                .v1()
                .customResourceDefinitions()
                .withName("keptgreeters.kro.run")
                .get())
        .isNotNull();
    assertThat(cluster.get(API, greeter.kind(), ns, "greeter")).isPresent();
    assertThat(cluster.get("v1", "ConfigMap", ns, "greeter-config")).isPresent();

    // The kind is no longer reconciled, but deleting an instance still deletes its children and
    // completes.
    cluster.kind(API, greeter.kind()).inNamespace(ns).withName("greeter").delete();
    cluster.awaitGone(API, greeter.kind(), ns, "greeter");
    assertThat(cluster.get("v1", "ConfigMap", ns, "greeter-config")).isEmpty();
    assertThat(cluster.get("v1", "ConfigMap", ns, "greeter-second")).isEmpty();
  }

  @Test
  void waitsForInstancesThenTakesTheCrdWhenAllowed(KubeTestEnv env) {
    TestController shared = TestController.running();
    shared.stop();
    TestController strict =
        TestController.create(
            Map.of(
                "kro.controller.block-deletion-while-instances-exist",
                "true",
                "kro.controller.allow-crd-deletion",
                "true"));
    strict.start();
    try {
      Cluster cluster = new Cluster(env.adminClient());
      Greeter greeter = new Greeter("greeter-blocked", "BlockedGreeter");
      String ns = env.newNamespace("rg-blocked");
      greeter.installWithInstance(cluster, ns);

      cluster.kind(API, "ResourceGroup").withName(greeter.name()).delete();
      JsonNode blocked =
          cluster.await(
              API,
              "ResourceGroup",
              null,
              greeter.name(),
              "deletion blocked",
              rg ->
                  InvalidUpdateIT.condition(rg, "ControllerReady")
                      .path("reason")
                      .asText()
                      .equals("DeletionBlocked"));
      assertThat(InvalidUpdateIT.condition(blocked, "ControllerReady").path("message").asText())
          .contains("1 instance(s) of BlockedGreeter");

      cluster.kind(API, greeter.kind()).inNamespace(ns).withName("greeter").delete();
      cluster.awaitGone(API, greeter.kind(), ns, "greeter");
      cluster.awaitGone(API, "ResourceGroup", null, greeter.name());
      cluster.awaitGone(
          "apiextensions.k8s.io/v1", "CustomResourceDefinition", null, "blockedgreeters.kro.run");
      assertThat(cluster.get("v1", "ConfigMap", ns, "greeter-config")).isEmpty();
    } finally {
      strict.stop();
      shared.start();
    }
  }
}
