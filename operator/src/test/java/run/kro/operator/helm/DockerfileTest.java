package run.kro.operator.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import run.kro.operator.testing.ControllerImage;

/**
 * Guard: both Dockerfiles copy the four Spring Boot layers and run as the chart's user; the console
 * starts the launcher, the controller its extracted jar with the class data sharing archive, as
 * {@link ControllerImage} (which the benchmark starts) does, and with the chart's JVM options as
 * the image's defaults.
 */
class DockerfileTest {

  static final String[] LAYERS = ControllerImage.LAYERS.toArray(String[]::new);

  @ParameterizedTest
  @CsvSource({"operator, kro-operator, kro-controller", "ui, kro-ui, kro-console"})
  void copiesTheLayersAndRunsAsTheChartsUser(String module, String artifact, String deployment) {
    Dockerfiles dockerfile = Dockerfiles.of(module);

    assertThat(dockerfile.copiedJar()).contains("target/" + artifact + "-*.jar");
    assertThat(dockerfile.copiedLayers()).containsExactly(LAYERS);
    Long chartUser =
        KroChart.render()
            .get("Deployment", deployment, Deployment.class)
            .getSpec()
            .getTemplate()
            .getSpec()
            .getSecurityContext()
            .getRunAsUser();
    assertThat(dockerfile.user())
        .as("USER of %s/Dockerfile", module)
        .isPresent()
        .get()
        .isNotEqualTo(0L)
        .isEqualTo(chartUser);
  }

  @Test
  void consoleStartsTheLauncher() {
    assertThat(Dockerfiles.of("ui").entrypoint())
        .contains("\"java\", \"org.springframework.boot.loader.launch.JarLauncher\"");
  }

  @Test
  void controllerStartsAsTheBenchmarkStartsIt() {
    Dockerfiles dockerfile = Dockerfiles.of("operator");

    assertThat(dockerfile.text())
        .contains(
            "RUN java -Djarmode=tools -jar application.jar "
                + String.join(" ", ControllerImage.EXTRACT)
                + "\n")
        .contains(
            "RUN java " + String.join(" ", ControllerImage.TRAIN) + " -jar application.jar\n");
    List<String> entrypoint = new ArrayList<>(List.of("java"));
    entrypoint.addAll(ControllerImage.RUN);
    entrypoint.addAll(List.of("-jar", "application.jar"));
    assertThat(dockerfile.entrypoint())
        .contains(entrypoint.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(", ")));
  }

  @Test
  void controllerImageDefaultsToTheChartsJvmOptions() {
    String chart =
        KroChart.render()
            .get("Deployment", "kro-controller", Deployment.class)
            .getSpec()
            .getTemplate()
            .getSpec()
            .getContainers()
            .get(0)
            .getEnv()
            .stream()
            .filter(e -> e.getName().equals("JAVA_TOOL_OPTIONS"))
            .findFirst()
            .orElseThrow()
            .getValue();

    assertThat(Dockerfiles.of("operator").text())
        .contains("ENV JAVA_TOOL_OPTIONS=\"" + chart + "\"\n");
  }

  @ParameterizedTest
  @CsvSource({"operator, controller", "ui, console"})
  void chartImagesNameTheDockerfileTheyAreBuiltFrom(String module, String component) {
    assertThat(Dockerfiles.of(module).text()).contains("helm/kro: " + component + ".image");
    assertThat(
            KroChart.render()
                .get("Deployment", "kro-" + component, Deployment.class)
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0)
                .getImage())
        .isEqualTo("kro/" + component + ":0.1.0");
  }
}
