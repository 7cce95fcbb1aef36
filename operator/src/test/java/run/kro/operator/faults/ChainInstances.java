package run.kro.operator.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import run.kro.backend.api.KroMetadata;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.Fixtures;

/**
 * Instances of the fault ITs' chain ({@code faults/chain.yaml}: three ConfigMaps and a Service
 * each) in one namespace, with the last greeting each was given, and what must hold once they
 * converge: each is ACTIVE, its children reflect its last spec, and the namespace holds exactly
 * their children (none missing, duplicated or orphaned).
 */
final class ChainInstances {

  static final String API = "kro.run/v1alpha1";
  private static final String INSTANCE_LABEL = KroMetadata.INSTANCE_NAME;

  private final Cluster cluster;
  private final String kind;
  private final String namespace;
  private final Map<String, String> greetings = new ConcurrentHashMap<>();

  ChainInstances(Cluster cluster, String kind, String namespace) {
    this.cluster = cluster;
    this.kind = kind;
    this.namespace = namespace;
  }

  /** Creates or updates instance {@code name} (as the test user) with {@code greeting}. */
  void apply(String name, String greeting) {
    cluster.apply(
        Fixtures.object(
            "faults/instance.yaml",
            Map.of("KIND", kind, "NS", namespace, "NAME", name, "GREETING", greeting)));
    greetings.put(name, greeting);
  }

  Set<String> names() {
    return new TreeSet<>(greetings.keySet());
  }

  /** Waits until every instance is ACTIVE and its children carry its last greeting. */
  void awaitConverged() {
    for (String name : names()) {
      cluster.awaitState(API, kind, namespace, name, "ACTIVE");
      String greeting = greetings.get(name);
      cluster.await(
          "v1",
          "ConfigMap",
          namespace,
          name + "-route",
          "greeting " + greeting,
          cm -> greeting.equals(cm.path("data").path("greeting").asText()));
      cluster.await(
          "v1",
          "ConfigMap",
          namespace,
          name + "-config",
          "greeting " + greeting,
          cm -> greeting.equals(cm.path("data").path("greeting").asText()));
    }
  }

  /**
   * Exactly three ConfigMaps and one Service per instance, by label and by name; nothing else of
   * theirs.
   */
  void assertExactChildren() {
    var configMaps =
        cluster.client().configMaps().inNamespace(namespace).list().getItems().stream()
            .filter(cm -> !cm.getMetadata().getName().equals("kube-root-ca.crt"))
            .toList();
    var services = cluster.client().services().inNamespace(namespace).list().getItems();
    Map<String, List<String>> expectedByInstance = new TreeMap<>();
    List<String> expectedConfigMaps = new ArrayList<>();
    for (String name : names()) {
      List<String> own = List.of(name + "-config", name + "-keep", name + "-route");
      expectedByInstance.put(name, own);
      expectedConfigMaps.addAll(own);
    }
    assertThat(byInstance(configMaps))
        .as("ConfigMaps by label " + INSTANCE_LABEL)
        .isEqualTo(expectedByInstance);
    assertThat(configMaps.stream().map(cm -> cm.getMetadata().getName()).toList())
        .as("ConfigMaps by name")
        .containsExactlyInAnyOrderElementsOf(expectedConfigMaps);
    assertThat(byInstance(services))
        .as("Services by label " + INSTANCE_LABEL)
        .isEqualTo(
            names().stream()
                .collect(Collectors.toMap(n -> n, List::of, (a, b) -> a, TreeMap::new)));
    assertThat(services.stream().map(s -> s.getMetadata().getName()).toList())
        .as("Services by name")
        .containsExactlyInAnyOrderElementsOf(names());
  }

  private static Map<String, List<String>> byInstance(List<? extends HasMetadata> objects) {
    return objects.stream()
        .collect(
            Collectors.groupingBy(
                o ->
                    o.getMetadata().getLabels() == null
                        ? "(no instance label)"
                        : o.getMetadata()
                            .getLabels()
                            .getOrDefault(INSTANCE_LABEL, "(no instance label)"),
                TreeMap::new,
                Collectors.mapping(
                    o -> o.getMetadata().getName(),
                    Collectors.collectingAndThen(
                        Collectors.toList(), l -> l.stream().sorted().toList()))));
  }
}
