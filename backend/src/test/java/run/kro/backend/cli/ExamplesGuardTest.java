package run.kro.backend.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Guard: every example in examples/ is documented, has instances, and validates through the CLI's code path. An
 * example may use the kinds other examples' ResourceGroups generate (composition), so each is validated together
 * with the other examples' ResourceGroup files (and the CRDs those need); objects under an example's
 * {@code prerequisites/} (applied before it, e.g. what an externalRef reads) are the only documents it may skip.
 */
class ExamplesGuardTest {

  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final String PREREQUISITES = "prerequisites";

  static List<Path> examples() throws IOException {
    try (Stream<Path> folders = Files.list(EXAMPLES)) {
      return folders.filter(Files::isDirectory).sorted().toList();
    }
  }

  @Test
  void allExamplesValidateTogether() throws IOException {
    WorkspaceResult result = new Workspace(BuiltinKindSchemas.shared()).validate(new InputFiles().read(List.of(EXAMPLES)));
    assertThat(result.errorLines()).isEmpty();
    assertThat(result.skipped()).allSatisfy(line -> assertThat(line).contains("/" + PREREQUISITES + "/"));
    assertThat(result.skipped()).hasSize(prerequisiteFiles().size());
    assertThat(result.resourceGroups()).isEqualTo(examples().size());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void eachExampleIsDocumentedAndHasValidInstances(Path example) throws IOException {
    assertThat(example.resolve("README.md")).isRegularFile();
    assertThat(resourceGroupFile(example)).as("the ResourceGroup is named after its folder").isRegularFile();
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
    WorkspaceResult result = new Workspace(BuiltinKindSchemas.shared()).validate(new InputFiles().read(inputs));
    assertThat(result.errorLines()).isEmpty();
    assertThat(result.compiled()).hasSize(1 + others.size());
    assertThat(result.instances()).isEqualTo(instances.size());
    assertThat(result.skipped()).hasSize(yamlFiles(example.resolve(PREREQUISITES)).size());
  }

  private static Path resourceGroupFile(Path example) {
    return example.resolve(example.getFileName() + ".yaml");
  }

  private static List<Path> prerequisiteFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path example : examples()) {
      files.addAll(yamlFiles(example.resolve(PREREQUISITES)));
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
