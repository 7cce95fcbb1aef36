package run.kro.backend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import run.kro.backend.kinds.BuiltinKindSchemas;

/** Guard: every example in examples/ is documented, has instances, and validates through the CLI's code path. */
class ExamplesGuardTest {

  private static final Path EXAMPLES = Path.of("..", "examples");

  static List<Path> examples() throws IOException {
    try (Stream<Path> folders = Files.list(EXAMPLES)) {
      return folders.filter(Files::isDirectory).sorted().toList();
    }
  }

  @Test
  void allExamplesValidateTogether() {
    WorkspaceResult result = new Workspace(BuiltinKindSchemas.shared()).validate(new InputFiles().read(List.of(EXAMPLES)));
    assertThat(result.errorLines()).isEmpty();
    assertThat(result.skipped()).isEmpty();
    assertThat(result.resourceGroups()).isGreaterThanOrEqualTo(4);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void eachExampleIsDocumentedAndHasValidInstances(Path example) throws IOException {
    assertThat(example.resolve("README.md")).isRegularFile();
    List<Path> instances;
    try (Stream<Path> files = Files.list(example.resolve("instances"))) {
      instances = files.filter(f -> f.toString().endsWith(".yaml")).toList();
    }
    assertThat(instances).isNotEmpty();
    WorkspaceResult result = new Workspace(BuiltinKindSchemas.shared()).validate(new InputFiles().read(List.of(example)));
    assertThat(result.errorLines()).isEmpty();
    assertThat(result.compiled()).hasSize(1);
    assertThat(result.instances()).isEqualTo(instances.size());
  }
}
