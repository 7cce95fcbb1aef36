package run.kro.operator.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import run.kro.operator.testing.ControllerImage;

/**
 * Guard, after {@code package}: the controller's Boot jar ({@code target/kro-operator-*.jar}) has
 * the layers index and the layers {@code operator/Dockerfile} copies, and the Dockerfile's
 * extraction and training run (as {@link ControllerImage} repeats them) produce the class path and
 * the class data sharing archive its ENTRYPOINT starts with.
 */
class ImageLayersIT {

  @Test
  void jarHasTheLayersTheDockerfileCopies() throws IOException {
    String index;
    try (JarFile jar = new JarFile(operatorJar().toFile())) {
      assertThat(jar.getEntry("BOOT-INF/layers.idx"))
          .as("BOOT-INF/layers.idx in %s", jar.getName())
          .isNotNull();
      index =
          new String(
              jar.getInputStream(jar.getEntry("BOOT-INF/layers.idx")).readAllBytes(),
              StandardCharsets.UTF_8);
    }
    List<String> layers =
        index
            .lines()
            .filter(l -> l.startsWith("- \""))
            .map(l -> l.substring(3, l.lastIndexOf('"')))
            .toList();

    assertThat(layers).containsExactly(DockerfileTest.LAYERS);
    assertThat(Dockerfiles.of("operator").copiedLayers()).isEqualTo(layers);
  }

  @Test
  void theDockerfilesExtractionAndTrainingRunGiveTheJarAndItsArchive(@TempDir Path work)
      throws Exception {
    ControllerImage image =
        ControllerImage.build(
            operatorJar(), work, List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));

    for (String layer : Dockerfiles.of("operator").copiedLayers()) {
      // snapshot-dependencies may be empty: in a reactor build, Spring Boot puts the project's own
      // SNAPSHOT modules
      // (kro-backend) in the application layer; from a local repository they land in
      // snapshot-dependencies.
      assertThat(work.resolve("extracted").resolve(layer)).as(layer).isDirectory();
    }
    assertThat(work.resolve("extracted/dependencies")).isNotEmptyDirectory();
    try (Stream<Path> backend = Files.walk(image.directory())) {
      assertThat(backend.map(f -> f.getFileName().toString()))
          .as("the engine is on the class path")
          .anyMatch(name -> name.startsWith("kro-backend-") && name.endsWith(".jar"));
    }
    assertThat(image.directory().resolve("application.jar")).isRegularFile();
    // The training run refreshed the application context (no cluster needed) and recorded what it
    // loaded.
    assertThat(Files.size(image.directory().resolve("application.jsa"))).isGreaterThan(1024 * 1024);
  }

  private static Path operatorJar() throws IOException {
    Path target = KroChart.repositoryRoot().resolve("operator/target");
    try (Stream<Path> files = Files.list(target)) {
      List<Path> jars =
          files
              .filter(f -> f.getFileName().toString().matches("kro-operator-.*\\.jar"))
              .filter(f -> !f.getFileName().toString().endsWith("-tests.jar"))
              .toList();
      assertThat(jars)
          .as("the Boot jar in %s (run in the integration-test phase, after package)", target)
          .hasSize(1);
      return jars.get(0);
    }
  }
}
