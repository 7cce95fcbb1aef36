package run.kro.operator.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import run.kro.operator.kube.CrdConditions;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.InstanceTree;
import run.kro.operator.testing.TestController;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;
import run.kro.testenv.SimulatedProviders;

/**
 * Guard: every example in {@code examples/} works on a cluster whose controllers run, from creation
 * to deletion. Its CRDs are installed and its {@code simulation/} stages stand in for the providers
 * of those kinds; the objects in its {@code prerequisites/} are created, and the ResourceGroups of
 * other examples whose kinds it uses installed. Its ResourceGroup becomes Active and every instance
 * ACTIVE, with Deployments, StatefulSets and Jobs brought up by the real Kubernetes controllers on
 * kwok's simulated nodes. Then every instance is deleted, and with it everything it stood for: its
 * children, the instances among them and theirs, and what the cluster's controllers made for them
 * (ReplicaSets, pods, revisions, endpoint slices). A StatefulSet's claims are kept, as Kubernetes
 * keeps them by default; the database example says so.
 */
@KubeTest
class ExamplesReconcileIT {

  private static final Path EXAMPLES = Path.of("../examples");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Duration DELETION_PATIENCE = Duration.ofSeconds(90);
  private static Cluster cluster;

  static List<Path> examples() throws IOException {
    try (Stream<Path> dirs = Files.list(EXAMPLES)) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    }
  }

  @BeforeAll
  static void setUp(KubeTestEnv env) {
    TestController.running();
    cluster = new Cluster(env.adminClient());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void reconcilesToActiveThenDeletesToNothing(Path example) throws IOException {
    for (GenericKubernetesResource crd : objects(example.resolve("crds"))) {
      cluster.apply(crd);
      cluster
          .client()
          .apiextensions()
          .v1()
          .customResourceDefinitions()
          .withName(crd.getMetadata().getName())
          .waitUntilCondition(CrdConditions::established, 30, TimeUnit.SECONDS);
    }
    SimulatedProviders.install(cluster.client(), example.resolve("simulation"));
    for (GenericKubernetesResource prerequisite : objects(example.resolve("prerequisites"))) {
      ensureNamespace(prerequisite.getMetadata().getNamespace());
      cluster.apply(prerequisite);
    }
    List<GenericKubernetesResource> groups = resourceGroups(example);
    assertThat(groups).as("ResourceGroups in " + example).isNotEmpty();
    for (GenericKubernetesResource inner : innerResourceGroups(example, groups)) {
      cluster.applyActive(inner);
    }
    for (GenericKubernetesResource group : groups) {
      cluster.applyActive(group);
    }
    List<GenericKubernetesResource> instances = objects(example.resolve("instances"));
    assertThat(instances).as("instances of " + example).isNotEmpty();
    for (GenericKubernetesResource instance : instances) {
      ensureNamespace(instance.getMetadata().getNamespace());
      cluster.apply(instance);
    }
    List<InstanceTree> trees = new ArrayList<>();
    Map<String, JsonNode> resourceGroupsByKind = resourceGroupsByKind();
    boolean hasResources =
        groups.stream().anyMatch(g -> !Cluster.tree(g).path("spec").path("resources").isEmpty());
    for (GenericKubernetesResource instance : instances) {
      cluster.awaitState(
          instance.getApiVersion(),
          instance.getKind(),
          instance.getMetadata().getNamespace(),
          instance.getMetadata().getName(),
          "ACTIVE");
      InstanceTree tree = InstanceTree.of(cluster, current(instance), resourceGroupsByKind);
      assertThat(tree.nodes().isEmpty())
          .as("children of " + instance.getMetadata().getName())
          .isNotEqualTo(hasResources);
      trees.add(tree);
    }

    for (GenericKubernetesResource instance : instances) {
      cluster.client().resource(current(instance)).delete();
    }
    for (GenericKubernetesResource instance : instances) {
      cluster.awaitGone(
          instance.getApiVersion(),
          instance.getKind(),
          instance.getMetadata().getNamespace(),
          instance.getMetadata().getName());
    }
    for (InstanceTree tree : trees) {
      tree.awaitGone(cluster, DELETION_PATIENCE);
    }
  }

  private static GenericKubernetesResource current(GenericKubernetesResource instance) {
    return cluster
        .get(
            instance.getApiVersion(),
            instance.getKind(),
            instance.getMetadata().getNamespace(),
            instance.getMetadata().getName())
        .orElseThrow();
  }

  private static List<GenericKubernetesResource> resourceGroups(Path example) throws IOException {
    return objects(example).stream()
        .filter(
            o ->
                o.getKind().equals("ResourceGroup")
                    || o.getKind().equals("ResourceGraphDefinition"))
        .toList();
  }

  /** Every example's ResourceGroup by the kind it generates ("apiVersion Kind"). */
  private static Map<String, JsonNode> resourceGroupsByKind() throws IOException {
    Map<String, JsonNode> byKind = new HashMap<>();
    for (Path example : examples()) {
      for (GenericKubernetesResource group : resourceGroups(example)) {
        byKind.put(generatedKind(group), Cluster.tree(group));
      }
    }
    return byKind;
  }

  /**
   * The other examples' ResourceGroups whose generated kinds {@code groups} use in their resources.
   */
  private static List<GenericKubernetesResource> innerResourceGroups(
      Path example, List<GenericKubernetesResource> groups) throws IOException {
    List<String> usedKinds =
        groups.stream()
            .flatMap(
                g ->
                    StreamSupport.stream(
                        Cluster.tree(g).path("spec").path("resources").spliterator(), false))
            .map(
                r ->
                    r.path("template").path("apiVersion").asText()
                        + " "
                        + r.path("template").path("kind").asText())
            .toList();
    List<GenericKubernetesResource> inner = new ArrayList<>();
    for (Path other : examples()) {
      if (!other.equals(example)) {
        resourceGroups(other).stream()
            .filter(g -> usedKinds.contains(generatedKind(g)))
            .forEach(inner::add);
      }
    }
    return inner;
  }

  private static String generatedKind(GenericKubernetesResource group) {
    JsonNode schema = Cluster.tree(group).path("spec").path("schema");
    return schema.path("group").asText("kro.run")
        + "/"
        + schema.path("apiVersion").asText()
        + " "
        + schema.path("kind").asText();
  }

  private static void ensureNamespace(String name) {
    if (name != null && cluster.client().namespaces().withName(name).get() == null) {
      cluster
          .client()
          .namespaces()
          .resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build())
          .create();
    }
  }

  private static List<GenericKubernetesResource> objects(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.toString().endsWith(".yaml"))
          .sorted()
          .map(ExamplesReconcileIT::read)
          .toList();
    }
  }

  private static GenericKubernetesResource read(Path file) {
    try {
      return YAML.readValue(file.toFile(), GenericKubernetesResource.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
