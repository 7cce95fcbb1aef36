package run.kro.operator.rg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import run.kro.backend.api.KroMetadata;
import run.kro.backend.cluster.GraphRevisionKind;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.Fixtures;
import run.kro.operator.testing.TestController;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;

/**
 * Each accepted spec of a ResourceGroup is an immutable GraphRevision owned by it; the history is
 * bounded; an invalid spec issues none; a cluster whose accepted spec was recorded on the CRD
 * (before GraphRevisions) gets its revision from that record; deleting the ResourceGroup collects
 * them.
 */
@KubeTest
class GraphRevisionsIT {

  private static final String API = "kro.run/v1alpha1";
  private static final String REVISION_API = "internal.kro.run/v1alpha1";
  private static final String REVISION = "GraphRevision";

  @Test
  void eachAcceptedSpecIsAnImmutableRevisionAndTheHistoryIsBounded(KubeTestEnv env) {
    TestController.running();
    Cluster cluster = new Cluster(env.adminClient());
    String ns = env.newNamespace("revisions");
    String rg = "greeter-revisions";
    String kind = "RevisionGreeter";
    JsonNode active = installWithInstance(cluster, rg, kind, ns);

    JsonNode first =
        cluster.await(REVISION_API, REVISION, null, rg + ".r00001", "issued", o -> true);
    assertThat(first.path("spec").path("revision").asLong()).isEqualTo(1);
    assertThat(first.path("spec").path("snapshot").path("name").asText()).isEqualTo(rg);
    assertThat(first.path("spec").path("snapshot").path("spec")).isEqualTo(active.path("spec"));
    JsonNode owner = first.path("metadata").path("ownerReferences").path(0);
    assertThat(owner.path("kind").asText()).isEqualTo("ResourceGroup");
    assertThat(owner.path("uid").asText()).isEqualTo(active.path("metadata").path("uid").asText());
    assertThat(owner.path("controller").asBoolean()).isTrue();
    assertThat(
            first
                .path("metadata")
                .path("labels")
                .path(KroMetadata.RESOURCE_GRAPH_DEFINITION_NAME)
                .asText())
        .isEqualTo(rg);

    assertThatThrownBy(
            () ->
                revisions(env.adminClient())
                    .withName(rg + ".r00001")
                    .edit(
                        r -> {
                          ((Map<String, Object>) r.getAdditionalProperties().get("spec"))
                              .put("revision", 7);
                          return r;
                        }))
        .isInstanceOf(KubernetesClientException.class)
        .hasMessageContaining("spec is immutable");

    for (int n = 2; n <= 12; n++) {
      cluster.apply(greeter(rg, kind, "${schema.spec.greeting + '" + n + "'}"));
      awaitInstanceRevision(cluster, kind, ns, n);
    }
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(numbers(env.adminClient(), rg))
                    .containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L));

    cluster.apply(greeter(rg, kind, "${schema.spec.nope}"));
    cluster.await(
        API,
        "ResourceGroup",
        null,
        rg,
        "refused",
        o -> o.path("status").path("state").asText().equals("Inactive"));
    assertThat(numbers(env.adminClient(), rg)).hasSize(10).endsWith(12L);

    env.adminClient().genericKubernetesResources(API, "ResourceGroup").withName(rg).delete();
    cluster.awaitGone(API, "ResourceGroup", null, rg);
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> assertThat(numbers(env.adminClient(), rg)).isEmpty());
  }

  @Test
  void theSpecRecordedOnTheCrdBeforeGraphRevisionsBecomesTheFirstRevision(KubeTestEnv env) {
    TestController controller = TestController.running();
    Cluster cluster = new Cluster(env.adminClient());
    KubernetesClient admin = env.adminClient();
    String ns = env.newNamespace("migrated");
    String rg = "greeter-migrated";
    String kind = "MigratedGreeter";
    JsonNode active = installWithInstance(cluster, rg, kind, ns);

    // The cluster as an older release left it: no GraphRevision, the spec on the CRD.
    controller.stop();
    revisions(admin).withLabels(Map.of(KroMetadata.RESOURCE_GRAPH_DEFINITION_NAME, rg)).delete();
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> numbers(admin, rg).isEmpty());
    String crdName = "migratedgreeters.kro.run";
    CustomResourceDefinition crd =
        admin.apiextensions().v1().customResourceDefinitions().withName(crdName).get();
    admin
        .apiextensions()
        .v1()
        .customResourceDefinitions()
        .resource(AcceptedSpecs.recordedOn(crd, active.path("spec"), 1))
        .update();

    controller.start();
    cluster.apply(instance(kind, ns, "after the upgrade"));
    cluster.await(
        "v1",
        "ConfigMap",
        ns,
        "greeter-config",
        "rendered by the migrated revision",
        cm -> cm.path("data").path("greeting").asText().equals("after the upgrade"));
    assertThat(numbers(admin, rg)).containsExactly(1L);
    assertThat(
            cluster
                .get(API, "ResourceGroup", null, rg)
                .map(Cluster::tree)
                .orElseThrow()
                .path("status")
                .path("lastIssuedRevision")
                .asLong())
        .isEqualTo(1);
  }

  /** The ResourceGroup, Active, with instance {@code greeter} reconciled at revision 1. */
  private static JsonNode installWithInstance(Cluster cluster, String rg, String kind, String ns) {
    JsonNode active = cluster.applyActive(greeter(rg, kind, "${schema.spec.greeting}"));
    cluster.apply(instance(kind, ns, "hello"));
    awaitInstanceRevision(cluster, kind, ns, 1);
    return active;
  }

  private static GenericKubernetesResource greeter(String rg, String kind, String expression) {
    return Fixtures.object(
        "resourcegroup/greeter.yaml",
        Map.of(
            "RG", rg,
            "KIND", kind,
            "GREETING_EXPRESSION", expression,
            "EXTRA_FIELD", "",
            "ALLOW", "false"));
  }

  private static GenericKubernetesResource instance(String kind, String ns, String greeting) {
    return Fixtures.object(
        "resourcegroup/instance.yaml", Map.of("KIND", kind, "NS", ns, "GREETING", greeting));
  }

  private static void awaitInstanceRevision(Cluster cluster, String kind, String ns, long n) {
    cluster.await(
        API,
        kind,
        ns,
        "greeter",
        "reconciled with revision " + n,
        o ->
            o.path("status").path("graphRevision").asLong() == n
                && o.path("status").path("state").asText().equals("ACTIVE"));
  }

  private static NonNamespaceOperation<
          GenericKubernetesResource,
          GenericKubernetesResourceList,
          Resource<GenericKubernetesResource>>
      revisions(KubernetesClient client) {
    return client.genericKubernetesResources(GraphRevisionKind.CONTEXT);
  }

  private static List<Long> numbers(KubernetesClient client, String rg) {
    return new GraphRevisions(client)
        .list(new ResourceGroupKey(ResourceGroupKind.RESOURCE_GROUP, rg)).stream()
            .map(GraphRevisions.Revision::number)
            .toList();
  }
}
