package run.kro.operator.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import run.kro.operator.kube.CrdConditions;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.SimulatedControllers;
import run.kro.operator.testing.TestController;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;

/**
 * Guard: every example in {@code examples/} reconciles to ACTIVE on the real API server — its CRDs installed, the
 * objects in its {@code prerequisites/} created, the ResourceGroups of other examples whose kinds it uses installed,
 * its ResourceGroup Active, every instance ACTIVE — with Deployments, StatefulSets, Jobs and AWS resources brought up
 * by stand-ins for the controllers a real cluster would run.
 */
@KubeTest
class ExamplesReconcileIT {

  private static final Path EXAMPLES = Path.of("../examples");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static Cluster cluster;
  private static SimulatedControllers simulated;

  static List<Path> examples() throws IOException {
    try (Stream<Path> dirs = Files.list(EXAMPLES)) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    }
  }

  @BeforeAll
  static void setUp(KubeTestEnv env) {
    TestController.running();
    cluster = new Cluster(env.adminClient());
    simulated = new SimulatedControllers(env.adminClient()).deployments().statefulSets().jobs();
  }

  @AfterAll
  static void tearDown() {
    simulated.close();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void reconcilesToActive(Path example) throws IOException {
    for (GenericKubernetesResource crd : objects(example.resolve("crds"))) {
      cluster.apply(crd);
      cluster.client().apiextensions().v1().customResourceDefinitions().withName(crd.getMetadata().getName())
          .waitUntilCondition(CrdConditions::established, 30, java.util.concurrent.TimeUnit.SECONDS);
      if (Cluster.tree(crd).path("spec").path("group").asText().endsWith(".services.k8s.aws")) {
        simulated.ack(crd);
      }
    }
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
    for (GenericKubernetesResource instance : instances) {
      cluster.awaitState(instance.getApiVersion(), instance.getKind(), instance.getMetadata().getNamespace(),
          instance.getMetadata().getName(), "ACTIVE");
    }
  }

  private static List<GenericKubernetesResource> resourceGroups(Path example) throws IOException {
    return objects(example).stream()
        .filter(o -> o.getKind().equals("ResourceGroup") || o.getKind().equals("ResourceGraphDefinition")).toList();
  }

  /** The other examples' ResourceGroups whose generated kinds {@code groups} use in their resources. */
  private static List<GenericKubernetesResource> innerResourceGroups(Path example,
      List<GenericKubernetesResource> groups) throws IOException {
    List<String> usedKinds = groups.stream()
        .flatMap(g -> java.util.stream.StreamSupport.stream(Cluster.tree(g).path("spec").path("resources").spliterator(),
            false))
        .map(r -> r.path("template").path("apiVersion").asText() + " " + r.path("template").path("kind").asText())
        .toList();
    List<GenericKubernetesResource> inner = new java.util.ArrayList<>();
    for (Path other : examples()) {
      if (!other.equals(example)) {
        resourceGroups(other).stream().filter(g -> usedKinds.contains(generatedKind(g))).forEach(inner::add);
      }
    }
    return inner;
  }

  private static String generatedKind(GenericKubernetesResource group) {
    var schema = Cluster.tree(group).path("spec").path("schema");
    return schema.path("group").asText("kro.run") + "/" + schema.path("apiVersion").asText() + " "
        + schema.path("kind").asText();
  }

  private static void ensureNamespace(String name) {
    if (name != null && cluster.client().namespaces().withName(name).get() == null) {
      cluster.client().namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata()
          .build()).create();
    }
  }

  private static List<GenericKubernetesResource> objects(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted()
          .map(ExamplesReconcileIT::read).toList();
    }
  }

  private static GenericKubernetesResource read(Path file) {
    try {
      return YAML.readValue(file.toFile(), GenericKubernetesResource.class);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + file, e);
    }
  }
}
