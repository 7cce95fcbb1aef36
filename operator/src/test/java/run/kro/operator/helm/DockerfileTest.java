package run.kro.operator.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import run.kro.operator.testing.ControllerImage;
import run.kro.testenv.BootImage;

/**
 * Guard: both Dockerfiles copy the four Spring Boot layers and run as the chart's user; both start
 * their extracted jar with the class data sharing archive their training run recorded under the
 * image's own JVM options, which are the chart's; the controller as {@link ControllerImage} (which
 * its benchmark starts) does, the console as its benchmark reads the recipe ({@link
 * BootImage.Recipe}) from its Dockerfile.
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

  @ParameterizedTest
  @CsvSource({"operator, kro-controller", "ui, kro-console"})
  void startsTheExtractedJarWithTheArchiveItsTrainingRunRecorded(String module, String deployment) {
    Dockerfiles dockerfile = Dockerfiles.of(module);
    BootImage.Recipe recipe = BootImage.Recipe.of(dockerfile.text());

    assertThat(dockerfile.text())
        .contains(
            "RUN java -Djarmode=tools -jar application.jar "
                + String.join(" ", BootImage.EXTRACT)
                + "\n");
    assertThat(recipe.training())
        .startsWith("-XX:ArchiveClassesAtExit=" + BootImage.ARCHIVE)
        .contains("-Dspring.context.exit=onRefresh");
    assertThat(recipe.start()).startsWith("-XX:SharedArchiveFile=" + BootImage.ARCHIVE);
    // Spring AOT's bean definitions are used by both runs or by neither: the archive holds the
    // classes the training run loaded.
    assertThat(recipe.start().contains("-Dspring.aot.enabled=true"))
        .isEqualTo(recipe.training().contains("-Dspring.aot.enabled=true"));
    // The image's JVM options are set before the training run, so the archive is recorded with
    // them.
    assertThat(dockerfile.text().indexOf("ENV JAVA_TOOL_OPTIONS="))
        .isNotNegative()
        .isLessThan(dockerfile.text().indexOf("RUN java -XX:ArchiveClassesAtExit="));
    // A heap under 32 GiB, as in the container, whatever the build machine's memory: an archive
    // recorded without compressed object pointers would not serve the container's JVM.
    assertThat(recipe.training()).contains("-XX:MaxRAM=" + memoryLimit(deployment));
  }

  private static Container container(String deployment) {
    return KroChart.render()
        .get("Deployment", deployment, Deployment.class)
        .getSpec()
        .getTemplate()
        .getSpec()
        .getContainers()
        .get(0);
  }

  /** The chart's memory limit of {@code deployment}, as a JVM option writes it (1g, 512m). */
  private static String memoryLimit(String deployment) {
    return container(deployment)
        .getResources()
        .getLimits()
        .get("memory")
        .toString()
        .replace("Gi", "g")
        .replace("Mi", "m");
  }

  @Test
  void consoleTrainingRunReachesNoCluster() {
    assertThat(BootImage.Recipe.of(Dockerfiles.of("ui").text()).training())
        .contains(
            "-Dkubernetes.master=https://127.0.0.1:1",
            "-Dkubernetes.request.retry.backoffLimit=0",
            "-Dkubernetes.auth.tryKubeConfig=false");
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

  @ParameterizedTest
  @CsvSource({"operator, kro-controller", "ui, kro-console"})
  void imageDefaultsToTheChartsJvmOptions(String module, String deployment) {
    String chart =
        container(deployment).getEnv().stream()
            .filter(e -> e.getName().equals("JAVA_TOOL_OPTIONS"))
            .findFirst()
            .orElseThrow()
            .getValue();

    assertThat(Dockerfiles.of(module).text()).contains("ENV JAVA_TOOL_OPTIONS=\"" + chart + "\"\n");
  }

  @Test
  void controllerImageAndChartSetTheSameAllocatorArenas() {
    Map<String, String> chart =
        container("kro-controller").getEnv().stream()
            .filter(e -> ControllerImage.ENVIRONMENT.containsKey(e.getName()))
            .collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));

    assertThat(chart).isEqualTo(ControllerImage.ENVIRONMENT);
    ControllerImage.ENVIRONMENT.forEach(
        (name, value) ->
            assertThat(Dockerfiles.of("operator").text())
                .contains("\nENV " + name + "=" + value + "\n"));
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
