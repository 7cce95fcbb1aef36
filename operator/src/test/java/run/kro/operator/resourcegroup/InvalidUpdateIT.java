package run.kro.operator.resourcegroup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.junit.jupiter.api.Test;
import run.kro.operator.testing.AuditLog;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.TestController;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;

/**
 * An invalid ResourceGroup update is reported with its place and changes nothing: the instances
 * keep the last valid graph (nothing deleted, and spec changes still reconciled with it); fixing
 * the ResourceGroup issues a new revision.
 */
@KubeTest
class InvalidUpdateIT {

  private static final String API = "kro.run/v1alpha1";
  private final Greeter greeter = new Greeter("greeter-invalid", "InvalidGreeter");

  @Test
  void keepsTheLastGoodGraphThenRecovers(KubeTestEnv env) {
    TestController.running();
    Cluster cluster = new Cluster(env.adminClient());
    AuditLog audit = new AuditLog(env.auditLog());
    String ns = env.newNamespace("invalid");
    greeter.installWithInstance(cluster, ns);
    long mark = audit.mark();

    cluster.apply(greeter.resourceGroup("${schema.spec.nope}", "", false));
    JsonNode invalid =
        cluster.await(
            API,
            "ResourceGroup",
            null,
            greeter.name(),
            "graph not accepted",
            rg -> condition(rg, "GraphAccepted").path("status").asText().equals("False"));
    assertThat(invalid.path("status").path("state").asText()).isEqualTo("Inactive");
    assertThat(condition(invalid, "GraphAccepted").path("message").asText())
        .contains("resource \"config\" data.greeting: undefined field 'nope'")
        .contains("instances keep revision 1");

    cluster.apply(greeter.instance(ns, "still served"));
    cluster.await(
        "v1",
        "ConfigMap",
        ns,
        "greeter-config",
        "updated with the old graph",
        cm -> cm.path("data").path("greeting").asText().equals("still served"));
    assertThat(audit.writesSince(mark, TestController.USER))
        .noneMatch(w -> w.startsWith("delete "));
    assertThat(cluster.get("v1", "ConfigMap", ns, "greeter-second")).isPresent();

    // A restarted controller knows nothing but what the cluster holds: it serves the last valid
    // graph again.
    TestController controller = TestController.running();
    controller.stop();
    controller.start();
    cluster.apply(greeter.instance(ns, "after a restart"));
    cluster.await(
        "v1",
        "ConfigMap",
        ns,
        "greeter-config",
        "updated with the old graph after a restart",
        cm -> cm.path("data").path("greeting").asText().equals("after a restart"));
    assertThat(audit.writesSince(mark, TestController.USER))
        .noneMatch(w -> w.startsWith("delete "));

    cluster.apply(greeter.resourceGroup("${schema.spec.greeting + '!'}", "", false));
    cluster.await(
        API,
        "ResourceGroup",
        null,
        greeter.name(),
        "active at revision 2",
        rg ->
            rg.path("status").path("state").asText().equals("Active")
                && rg.path("status").path("lastIssuedRevision").asLong() == 2);
    JsonNode instance =
        cluster.await(
            API,
            greeter.kind(),
            ns,
            "greeter",
            "reconciled with revision 2",
            o -> o.path("status").path("graphRevision").asLong() == 2);
    assertThat(instance.path("status").path("state").asText()).isEqualTo("ACTIVE");
    cluster.await(
        "v1",
        "ConfigMap",
        ns,
        "greeter-config",
        "rendered by the new graph",
        cm -> cm.path("data").path("greeting").asText().equals("after a restart!"));
  }

  static JsonNode condition(JsonNode object, String type) {
    for (JsonNode condition : object.path("status").path("conditions")) {
      if (condition.path("type").asText().equals(type)) {
        return condition;
      }
    }
    return MissingNode.getInstance();
  }
}
