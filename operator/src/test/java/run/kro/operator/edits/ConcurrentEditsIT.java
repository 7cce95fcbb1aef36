package run.kro.operator.edits;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import run.kro.operator.testing.ChildCensus;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.FaultRun;
import run.kro.operator.testing.Fixtures;
import run.kro.operator.testing.TestController;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;

/**
 * Edits that race the controller lose nothing: an instance updated many times in a row while it
 * reconciles ends with its children on the last value and its conditions on the last generation; a
 * ResourceGroup updated while a hundred instances reconcile (and half of them are edited too)
 * brings every instance to the new template with its own latest value.
 */
@KubeTest
class ConcurrentEditsIT {

  private static final String API = "kro.run/v1alpha1";
  private static final String EDITED = "EditedChain";
  private static final String REGRAPHED = "RegraphedChain";
  private static Cluster cluster;

  @BeforeAll
  static void setUp(KubeTestEnv env) {
    TestController.running();
    cluster = new Cluster(env.adminClient());
    cluster.applyActive(
        Fixtures.object("edits/chain.yaml", Map.of("RG", "edited-chain", "KIND", EDITED)));
    cluster.applyActive(
        Fixtures.object("edits/chain.yaml", Map.of("RG", "regraphed-chain", "KIND", REGRAPHED)));
  }

  @Test
  void manyQuickSpecUpdatesEndOnTheLastValue(KubeTestEnv env) {
    int updates = FaultRun.pick(20, 200);
    TestController controller = TestController.running();
    String ns = env.newNamespace("edits");
    double reconcilesBefore = controller.reconciles(EDITED);

    cluster.apply(instance(EDITED, ns, "edited", "v0"));
    for (int i = 1; i <= updates; i++) {
      cluster.apply(instance(EDITED, ns, "edited", "v" + i));
    }

    String last = "v" + updates;
    cluster.await(
        "v1",
        "ConfigMap",
        ns,
        "edited-leaf",
        "on the last value",
        cm -> cm.path("data").path("value").asText().equals(last + "-m-l"));
    JsonNode instance =
        cluster.await(
            API,
            EDITED,
            ns,
            "edited",
            "ACTIVE at its last generation",
            o -> "ACTIVE".equals(o.path("status").path("state").asText()) && conditionsObserved(o));
    assertThat(instance.path("metadata").path("generation").asLong())
        .as("generation")
        .isEqualTo(updates + 1L);
    assertThat(data(ns, "edited-source")).containsExactlyEntriesOf(Map.of("value", last));
    assertThat(data(ns, "edited-middle")).containsExactlyEntriesOf(Map.of("value", last + "-m"));
    assertThat(ChildCensus.of(cluster.client(), ns).names())
        .containsExactly("edited-leaf", "edited-middle", "edited-source");
    System.out.printf(
        "edits: %d spec updates, %.0f reconciles, generation %d%n",
        updates,
        controller.reconciles(EDITED) - reconcilesBefore,
        instance.path("metadata").path("generation").asLong());
  }

  /**
   * The first half of the instances is created, then the ResourceGroup changes, then the second
   * half is created and the first half edited: every write lands while others are being reconciled.
   */
  @Test
  void resourceGroupUpdateWhileAHundredInstancesReconcile(KubeTestEnv env) {
    int count = FaultRun.pick(100, 300);
    String ns = env.newNamespace("regraph");
    List<String> names = IntStream.range(0, count).mapToObj(i -> "graph-" + i).toList();
    List<String> firstHalf = names.subList(0, count / 2);

    firstHalf.forEach(name -> cluster.apply(instance(REGRAPHED, ns, name, "first")));
    cluster.apply(
        Fixtures.object("edits/chain-v2.yaml", Map.of("RG", "regraphed-chain", "KIND", REGRAPHED)));
    names
        .subList(count / 2, count)
        .forEach(name -> cluster.apply(instance(REGRAPHED, ns, name, "first")));
    firstHalf.forEach(name -> cluster.apply(instance(REGRAPHED, ns, name, "second")));

    for (String name : names) {
      String value = firstHalf.contains(name) ? "second" : "first";
      cluster.await(
          API,
          REGRAPHED,
          ns,
          name,
          "ACTIVE on revision 2 at its last generation",
          o ->
              "ACTIVE".equals(o.path("status").path("state").asText())
                  && o.path("status").path("graphRevision").asLong() == 2
                  && conditionsObserved(o));
      cluster.await(
          "v1",
          "ConfigMap",
          ns,
          name + "-leaf",
          "on the new template",
          cm -> cm.path("data").path("value").asText().equals(value + "-M2-l"));
    }
    ChildCensus census = ChildCensus.of(cluster.client(), ns);
    Set<String> expected = new TreeSet<>();
    names.forEach(
        name -> List.of("source", "middle", "leaf").forEach(id -> expected.add(name + "-" + id)));
    assertThat(census.names()).isEqualTo(expected);
    assertThat(census.size()).isEqualTo(expected.size());
    for (String name : names) {
      String value = firstHalf.contains(name) ? "second" : "first";
      Map<String, Map<String, String>> byName = dataByName(census, name);
      assertThat(byName.get(name + "-source"))
          .as(name)
          .containsExactlyEntriesOf(Map.of("value", value));
      assertThat(byName.get(name + "-middle"))
          .as(name)
          .containsExactlyEntriesOf(Map.of("value", value + "-M2"));
      assertThat(byName.get(name + "-leaf"))
          .as(name)
          .containsOnly(Map.entry("value", value + "-M2-l"), Map.entry("instance", name));
    }
    System.out.printf(
        "edits: ResourceGroup updated while %d instances reconciled, %d of them edited%n",
        count, firstHalf.size());
  }

  /** Every condition was computed for the instance's current generation. */
  private static boolean conditionsObserved(JsonNode instance) {
    long generation = instance.path("metadata").path("generation").asLong();
    JsonNode conditions = instance.path("status").path("conditions");
    return conditions.size() > 0
        && StreamSupport.stream(conditions.spliterator(), false)
            .allMatch(c -> c.path("observedGeneration").asLong() == generation);
  }

  private static Map<String, Map<String, String>> dataByName(ChildCensus census, String instance) {
    return census.byInstance().getOrDefault(instance, List.of()).stream()
        .collect(Collectors.toMap(cm -> cm.getMetadata().getName(), ConfigMap::getData));
  }

  private static Map<String, String> data(String ns, String name) {
    return cluster.client().configMaps().inNamespace(ns).withName(name).get().getData();
  }

  private static GenericKubernetesResource instance(
      String kind, String ns, String name, String value) {
    return Fixtures.object(
        "edits/instance.yaml", Map.of("KIND", kind, "NS", ns, "NAME", name, "VALUE", value));
  }
}
