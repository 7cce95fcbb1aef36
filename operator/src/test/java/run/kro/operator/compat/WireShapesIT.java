package run.kro.operator.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceColumnDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.Fixtures;
import run.kro.operator.testing.TestController;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;

/**
 * The generated CRD and an instance's conditions, read back from the API server after the
 * controller wrote them: the printer columns carry kro's descriptions; every condition carries
 * type, status, reason, message, lastTransitionTime and observedGeneration, and an empty message
 * survives as {@code ""} (Ready's, and an author's); author conditions keep their
 * lastTransitionTime while their status holds.
 */
@KubeTest
class WireShapesIT {

  private static final String API = "kro.run/v1alpha1";
  private static final String BUILT_IN = "WireBuiltIn";
  private static final String AUTHORED = "WireAuthored";
  private static final List<String> FIELDS =
      List.of("type", "status", "reason", "message", "lastTransitionTime", "observedGeneration");

  private static Cluster cluster;

  @BeforeAll
  static void setUp(KubeTestEnv env) {
    TestController.running();
    cluster = new Cluster(env.adminClient());
    cluster.applyActive(
        Fixtures.object("compat/builtin.yaml", Map.of("RG", "wire-builtin", "KIND", BUILT_IN)));
  }

  @Test
  void servedCrdHasKrosPrinterColumns() {
    CustomResourceDefinition crd =
        cluster
            .client()
            .apiextensions()
            .v1()
            .customResourceDefinitions()
            .withName("wirebuiltins.kro.run")
            .get();
    CustomResourceDefinitionVersion version = crd.getSpec().getVersions().get(0);

    assertThat(version.getAdditionalPrinterColumns())
        .extracting(
            CustomResourceColumnDefinition::getName,
            CustomResourceColumnDefinition::getType,
            CustomResourceColumnDefinition::getDescription,
            CustomResourceColumnDefinition::getJsonPath)
        .containsExactly(
            tuple(
                "State",
                "string",
                "The state of a ResourceGraphDefinition instance",
                ".status.state"),
            tuple(
                "Ready",
                "string",
                "Whether a ResourceGraphDefinition instance is ready",
                ".status.conditions[?(@.type==\"Ready\")].status"),
            tuple("Age", "date", "Age of the resource", ".metadata.creationTimestamp"));
    assertThat(version.getSubresources().getStatus()).isNotNull();
    assertThat(crd.getMetadata().getLabels())
        .containsEntry("kro.run/owned", "true")
        .containsEntry("kro.run/resource-graph-definition-name", "wire-builtin");
  }

  @Test
  void builtInConditionsKeepEveryFieldAndReadysEmptyMessage(KubeTestEnv env) {
    String ns = env.newNamespace("wire-builtin");
    cluster.apply(
        Fixtures.object("compat/instance.yaml", Map.of("KIND", BUILT_IN, "NS", ns, "NOTE", "hi")));

    JsonNode instance = cluster.awaitState(API, BUILT_IN, ns, "demo", "ACTIVE");
    long generation = instance.path("metadata").path("generation").asLong();
    List<JsonNode> conditions = conditions(instance);

    assertThat(conditions)
        .extracting(c -> c.path("type").asText())
        .containsExactly("InstanceManaged", "GraphResolved", "ResourcesReady", "Ready");
    assertThat(conditions)
        .allSatisfy(
            c -> {
              assertThat(c.fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(FIELDS);
              assertThat(c.path("observedGeneration").asLong()).isEqualTo(generation);
            });
    JsonNode ready = conditions.get(3);
    assertThat(ready.path("status").asText()).isEqualTo("True");
    assertThat(ready.path("reason").asText()).isEqualTo("Ready");
    assertThat(ready.get("message").isTextual()).isTrue();
    assertThat(ready.get("message").asText()).isEmpty();
  }

  @Test
  void authorConditionsKeepEmptyTextsAndTheirTransitionTime(KubeTestEnv env) {
    cluster.applyActive(
        Fixtures.object("compat/authored.yaml", Map.of("RG", "wire-authored", "KIND", AUTHORED)));
    String ns = env.newNamespace("wire-authored");
    cluster.apply(
        Fixtures.object("compat/instance.yaml", Map.of("KIND", AUTHORED, "NS", ns, "NOTE", "hi")));

    JsonNode first =
        cluster.await(
            API,
            AUTHORED,
            ns,
            "demo",
            "with both author conditions",
            o ->
                conditions(o).size() == 2
                    && conditions(o).stream()
                        .allMatch(c -> c.path("status").asText().equals("True")));
    assertThat(conditions(first))
        .extracting(c -> c.path("type").asText())
        .containsExactly("NoteSet", "ResourcesReady");
    assertThat(conditions(first))
        .allSatisfy(
            c ->
                assertThat(c.fieldNames())
                    .toIterable()
                    .containsExactlyInAnyOrderElementsOf(FIELDS));
    JsonNode noteSet = conditions(first).get(0);
    assertThat(noteSet.get("message").asText()).isEmpty();
    assertThat(noteSet.path("reason").asText()).isEqualTo("Checked");
    assertThat(conditions(first).get(1).path("reason").asText()).isEqualTo("Mirrored");
    String since = noteSet.path("lastTransitionTime").asText();

    cluster.apply(
        Fixtures.object(
            "compat/instance.yaml", Map.of("KIND", AUTHORED, "NS", ns, "NOTE", "bonjour")));

    JsonNode second =
        cluster.await(
            API,
            AUTHORED,
            ns,
            "demo",
            "conditions of generation 2",
            o ->
                !conditions(o).isEmpty()
                    && conditions(o).stream()
                        .allMatch(c -> c.path("observedGeneration").asLong() == 2));
    assertThat(conditions(second).get(0).path("status").asText()).isEqualTo("True");
    assertThat(conditions(second).get(0).path("lastTransitionTime").asText()).isEqualTo(since);
  }

  private static List<JsonNode> conditions(JsonNode instance) {
    return StreamSupport.stream(instance.path("status").path("conditions").spliterator(), false)
        .toList();
  }
}
