package run.kro.testenv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The two modes of {@code scripts/kube-testenv}, each on a control plane of its own (not the shared
 * one): the full one runs a Deployment's pods and reports a component that dies, which is what the
 * run command and the console's banner tell users; {@code --server-only}, the fallback where the
 * workload components cannot be built, runs nothing.
 */
class ControlPlaneModesIT {

  private Path directory;

  @AfterEach
  void stop() {
    if (directory != null) {
      TestEnvScript.run(List.of("stop", directory.toString()));
      TestEnvScript.deleteRecursively(directory);
    }
  }

  @Test
  void theFullControlPlaneRunsWorkloadsAndReportsAComponentThatStops() throws IOException {
    try (KubernetesClient client = start()) {
      assertThat(status().output())
          .startsWith("mode: full\n")
          .contains("kwok: running", "scheduler: running", "controller-manager: running");
      client.resource(deployment()).create();
      await("the Deployment becomes available")
          .atMost(Duration.ofSeconds(60))
          .until(() -> available(client));

      ProcessHandle.of(Long.parseLong(Files.readString(directory.resolve("kwok.pid")).strip()))
          .ifPresent(ProcessHandle::destroy);

      await("kwok reported stopped")
          .atMost(Duration.ofSeconds(10))
          .until(() -> status().exitCode() == 1);
      assertThat(status().output())
          .contains("kwok: STOPPED (log: " + directory.resolve("kwok.log") + ")")
          .contains("apiserver: running");
    }
  }

  @Test
  void theServerOnlyModeRunsNothing() throws IOException {
    try (KubernetesClient client = start("--server-only")) {
      assertThat(status().exitCode()).isZero();
      assertThat(status().output())
          .isEqualTo(
              "mode: server-only\n"
                  + "etcd: running (pid "
                  + pid("etcd")
                  + ")\n"
                  + "apiserver: running (pid "
                  + pid("apiserver")
                  + ")\n");
      client.resource(deployment()).create();

      // Nothing acts on it: no ReplicaSet appears, where the full control plane makes one at once.
      await()
          .during(Duration.ofSeconds(3))
          .atMost(Duration.ofSeconds(5))
          .until(
              () -> client.apps().replicaSets().inNamespace("default").list().getItems().isEmpty());
      assertThat(client.nodes().list().getItems()).isEmpty();
      assertThat(available(client)).isFalse();
    }
  }

  private KubernetesClient start(String... options) throws IOException {
    directory = Files.createTempDirectory("kro-testenv-mode-");
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "start",
                directory.toString(),
                "--owner-pid",
                Long.toString(ProcessHandle.current().pid())));
    arguments.addAll(List.of(options));
    Path kubeconfig = Path.of(TestEnvScript.run(arguments).strip());
    return new KubernetesClientBuilder()
        .withConfig(Config.fromKubeconfig(Files.readString(kubeconfig)))
        .build();
  }

  private TestEnvScript.Result status() {
    return TestEnvScript.exec(List.of("status", directory.toString()));
  }

  private String pid(String component) throws IOException {
    return Files.readString(directory.resolve(component + ".pid")).strip();
  }

  private static Deployment deployment() {
    Map<String, String> labels = Map.of("app", "web");
    return new DeploymentBuilder()
        .withNewMetadata()
        .withName("web")
        .withNamespace("default")
        .endMetadata()
        .withNewSpec()
        .withReplicas(1)
        .withNewSelector()
        .withMatchLabels(labels)
        .endSelector()
        .withNewTemplate()
        .withNewMetadata()
        .withLabels(labels)
        .endMetadata()
        .withNewSpec()
        .addNewContainer()
        .withName("web")
        .withImage("registry.example/web:1")
        .endContainer()
        .endSpec()
        .endTemplate()
        .endSpec()
        .build();
  }

  private static boolean available(KubernetesClient client) {
    Deployment deployment =
        client.apps().deployments().inNamespace("default").withName("web").get();
    return deployment.getStatus() != null
        && Integer.valueOf(1).equals(deployment.getStatus().getAvailableReplicas());
  }
}
