package run.kro.operator.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Guard: both Dockerfiles copy the four Spring Boot layers, start the launcher, and run as the chart's user. */
class DockerfileTest {

  static final String[] LAYERS = {"dependencies", "spring-boot-loader", "snapshot-dependencies", "application"};

  @ParameterizedTest
  @CsvSource({"operator, kro-operator, kro-controller", "ui, kro-ui, kro-console"})
  void copiesTheLayersAndRunsAsTheChartsUser(String module, String artifact, String deployment) {
    Dockerfiles dockerfile = Dockerfiles.of(module);

    assertThat(dockerfile.copiedJar()).contains("target/" + artifact + "-*.jar");
    assertThat(dockerfile.copiedLayers()).containsExactly(LAYERS);
    assertThat(dockerfile.entrypoint()).contains("\"java\", \"org.springframework.boot.loader.launch.JarLauncher\"");
    Long chartUser = KroChart.render().get("Deployment", deployment, Deployment.class)
        .getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser();
    assertThat(dockerfile.user()).as("USER of %s/Dockerfile", module).isPresent().get()
        .isNotEqualTo(0L).isEqualTo(chartUser);
  }

  @ParameterizedTest
  @CsvSource({"operator, controller", "ui, console"})
  void chartImagesNameTheDockerfileTheyAreBuiltFrom(String module, String component) {
    assertThat(Dockerfiles.of(module).text()).contains("helm/kro: " + component + ".image");
    assertThat(KroChart.render().get("Deployment", "kro-" + component, Deployment.class)
        .getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
        .isEqualTo("kro/" + component + ":0.1.0");
  }
}
