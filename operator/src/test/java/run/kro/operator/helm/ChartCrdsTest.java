package run.kro.operator.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guard: the chart's {@code crds/} are exact copies of {@code helm/crds/}, the CRDs the backend's
 * {@code ResourceGroupCrdGuardTest} keeps in step with the Java model. Copy them over after
 * changing those.
 */
class ChartCrdsTest {

  @Test
  void chartCrdsEqualTheGuardedCrds() throws IOException {
    Path guarded = KroChart.repositoryRoot().resolve("helm/crds");
    Path chart = KroChart.directory().resolve("crds");

    List<String> names = fileNames(guarded);
    assertThat(names)
        .contains("kro.run_resourcegroups.yaml", "kro.run_resourcegraphdefinitions.yaml");
    assertThat(fileNames(chart)).as("files in %s", chart).isEqualTo(names);
    for (String name : names) {
      assertThat(Files.readString(chart.resolve(name)))
          .as(
              "%s differs from %s: cp helm/crds/*.yaml helm/kro/crds/",
              chart.resolve(name), guarded.resolve(name))
          .isEqualTo(Files.readString(guarded.resolve(name)));
    }
  }

  private static List<String> fileNames(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
