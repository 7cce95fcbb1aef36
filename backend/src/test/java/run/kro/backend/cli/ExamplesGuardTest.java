package run.kro.backend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import run.kro.backend.kinds.BuiltinKindSchemas;

/**
 * Guard: every example in examples/ is documented, has instances, and validates through the CLI's
 * code path. An example may use the kinds other examples' ResourceGroups generate (composition), so
 * each is validated together with the other examples' ResourceGroup files (and the CRDs those
 * need). The only documents it may skip are the objects under an example's {@code prerequisites/}
 * (applied before it, e.g. what an externalRef reads) and the kwok stages under its {@code
 * simulation/} (the local cluster's stand-ins for providers), each of which must simulate a kind
 * the example's own {@code crds/} define.
 */
class ExamplesGuardTest {

  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final String PREREQUISITES = "prerequisites";
  private static final String SIMULATION = "simulation";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static List<Path> examples() throws IOException {
    try (Stream<Path> folders = Files.list(EXAMPLES)) {
      return folders.filter(Files::isDirectory).sorted().toList();
    }
  }

  @Test
  void allExamplesValidateTogether() throws IOException {
    WorkspaceResult result =
        new Workspace(BuiltinKindSchemas.shared())
            .validate(new InputFiles().read(List.of(EXAMPLES)));
    assertThat(result.errorLines()).isEmpty();
    assertThat(result.skipped())
        .allSatisfy(
            line ->
                assertThat(line).containsAnyOf("/" + PREREQUISITES + "/", "/" + SIMULATION + "/"));
    assertThat(result.skipped())
        .hasSize(filesUnder(PREREQUISITES).size() + stages(filesUnder(SIMULATION)).size());
    assertThat(result.resourceGroups()).isEqualTo(examples().size());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void eachExampleIsDocumentedAndHasValidInstances(Path example) throws IOException {
    assertThat(example.resolve("README.md")).isRegularFile();
    assertThat(resourceGroupFile(example))
        .as("the ResourceGroup is named after its folder")
        .isRegularFile();
    List<Path> instances = yamlFiles(example.resolve("instances"));
    assertThat(instances).isNotEmpty();
    List<Path> inputs = new ArrayList<>(List.of(example));
    List<Path> others = examples().stream().filter(other -> !other.equals(example)).toList();
    for (Path other : others) {
      inputs.add(resourceGroupFile(other));
      if (Files.isDirectory(other.resolve("crds"))) {
        inputs.add(other.resolve("crds"));
      }
    }
    WorkspaceResult result =
        new Workspace(BuiltinKindSchemas.shared()).validate(new InputFiles().read(inputs));
    assertThat(result.errorLines()).isEmpty();
    assertThat(result.compiled()).hasSize(1 + others.size());
    assertThat(result.instances()).isEqualTo(instances.size());
    assertThat(result.skipped())
        .hasSize(
            yamlFiles(example.resolve(PREREQUISITES)).size()
                + stages(yamlFiles(example.resolve(SIMULATION))).size());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void simulationStagesSimulateKindsTheExampleDefines(Path example) throws IOException {
    List<JsonNode> stages = stages(yamlFiles(example.resolve(SIMULATION)));
    List<String> definedKinds = new ArrayList<>();
    for (Path crd : yamlFiles(example.resolve("crds"))) {
      JsonNode spec = YAML.readTree(crd.toFile()).path("spec");
      spec.path("versions")
          .forEach(
              version ->
                  definedKinds.add(
                      spec.path("group").asText()
                          + "/"
                          + version.path("name").asText()
                          + " "
                          + spec.path("names").path("kind").asText()));
    }
    for (JsonNode stage : stages) {
      assertThat(stage.path("apiVersion").asText()).isEqualTo("kwok.x-k8s.io/v1alpha1");
      assertThat(stage.path("kind").asText()).isEqualTo("Stage");
      JsonNode target = stage.path("spec").path("resourceRef");
      assertThat(definedKinds)
          .as("the kind stage " + stage.path("metadata").path("name").asText() + " simulates")
          .contains(target.path("apiGroup").asText() + " " + target.path("kind").asText());
    }
    if (Files.isDirectory(example.resolve(SIMULATION))) {
      assertThat(stages).isNotEmpty();
      assertThat(example.resolve(SIMULATION).resolve("README.md")).isRegularFile();
    }
  }

  private static List<JsonNode> stages(List<Path> files) throws IOException {
    List<JsonNode> stages = new ArrayList<>();
    for (Path file : files) {
      try (MappingIterator<JsonNode> documents =
          YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
        documents.readAll().stream().filter(d -> !d.isEmpty()).forEach(stages::add);
      }
    }
    return stages;
  }

  private static Path resourceGroupFile(Path example) {
    return example.resolve(example.getFileName() + ".yaml");
  }

  private static List<Path> filesUnder(String folder) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path example : examples()) {
      files.addAll(yamlFiles(example.resolve(folder)));
    }
    return files;
  }

  private static List<Path> yamlFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).toList();
    }
  }
}
