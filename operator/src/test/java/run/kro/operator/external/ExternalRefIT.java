package run.kro.operator.external;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import run.kro.operator.testing.AuditLog;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.Fixtures;
import run.kro.operator.testing.TestController;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;

/**
 * External references: one by name that appears after the instance (the instance waits, naming the
 * missing object; the watch wakes it when the object is created, and later changes propagate), and
 * one by selector that sees new matches. kro never writes external objects.
 */
@KubeTest
class ExternalRefIT {

  private static final String API = "kro.run/v1alpha1";
  private static final String KIND = "ExternalReader";
  private static Cluster cluster;
  private static AuditLog audit;

  @BeforeAll
  static void setUp(KubeTestEnv env) {
    TestController.running();
    cluster = new Cluster(env.adminClient());
    audit = new AuditLog(env.auditLog());
    cluster.applyActive(Fixtures.object("external/reader.yaml", Map.of()));
    cluster.applyActive(Fixtures.object("external/selector.yaml", Map.of()));
  }

  @Test
  void aSelectorReadsEveryMatchAndFollowsNewOnes(KubeTestEnv env) {
    String ns = env.newNamespace("selector");
    cluster.apply(
        Fixtures.object(
            "external/team-config.yaml", Map.of("NS", ns, "NAME", "a-one", "TEAM", "a")));
    cluster.apply(
        Fixtures.object(
            "external/team-config.yaml", Map.of("NS", ns, "NAME", "b-one", "TEAM", "b")));
    cluster.apply(Fixtures.object("external/team-instance.yaml", Map.of("NS", ns)));
    JsonNode one =
        cluster.await(
            API,
            "TeamSettings",
            ns,
            "settings",
            "one match",
            o ->
                o.path("status").path("found").asInt() == 1
                    && o.path("status").path("state").asText().equals("ACTIVE"));
    assertThat(one.path("status").path("names").get(0).asText()).isEqualTo("a-one");

    cluster.apply(
        Fixtures.object(
            "external/team-config.yaml", Map.of("NS", ns, "NAME", "a-two", "TEAM", "a")));
    JsonNode two =
        cluster.await(
            API,
            "TeamSettings",
            ns,
            "settings",
            "two matches",
            o -> o.path("status").path("found").asInt() == 2);
    assertThat(two.path("status").path("names"))
        .extracting(JsonNode::asText)
        .containsExactly("a-one", "a-two");
  }

  @Test
  void waitsForTheReferenceThenFollowsIt(KubeTestEnv env) {
    String ns = env.newNamespace("external");
    long mark = audit.mark();
    cluster.apply(Fixtures.object("external/instance.yaml", Map.of("NS", ns)));
    JsonNode waiting =
        cluster.await(
            API,
            KIND,
            ns,
            "reader",
            "waiting for the reference",
            o ->
                o.path("status")
                    .path("managedResources")
                    .toString()
                    .contains("shared-settings not found"));
    assertThat(waiting.path("status").path("state").asText()).isEqualTo("IN_PROGRESS");

    cluster.apply(Fixtures.object("external/source.yaml", Map.of("NS", ns, "VALUE", "first")));
    JsonNode active = cluster.awaitState(API, KIND, ns, "reader", "ACTIVE");
    assertThat(active.path("status").path("copied").asText()).isEqualTo("first");

    cluster.apply(Fixtures.object("external/source.yaml", Map.of("NS", ns, "VALUE", "second")));
    cluster.await(
        "v1",
        "ConfigMap",
        ns,
        "reader-copy",
        "copied the new value",
        cm -> cm.path("data").path("value").asText().equals("second"));
    assertThat(audit.writesSince(mark, TestController.USER))
        .noneMatch(write -> write.endsWith(ns + "/shared-settings"));
  }
}
