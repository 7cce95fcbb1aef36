package run.kro.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the banner says about the cluster, from the folder the local control plane keeps: simulated
 * workloads and kinds, the API server alone, a component that has stopped, a cluster of the user's
 * own.
 */
class ClusterConnectionTest {

  private static final String SERVER = "https://127.0.0.1:6443";
  private static final long NO_SUCH_PROCESS = 999_999_999L;

  @TempDir Path folder;

  @Test
  void theFullLocalControlPlaneNamesTheSimulatedKinds() throws IOException {
    started("full", "apiserver", "kwok");

    ClusterConnection cluster = local(List.of("Bucket", "Role"));

    assertThat(cluster.describe())
        .isEqualTo(
            "Local cluster "
                + SERVER
                + ": workloads run on simulated nodes (kwok); simulated kinds: Bucket, Role");
    assertThat(cluster.warns()).isFalse();
  }

  @Test
  void theApiServerAloneSaysWorkloadsAreNotSimulated() throws IOException {
    started("server-only", "etcd", "apiserver");

    ClusterConnection cluster = local(List.of("Bucket"));

    assertThat(cluster.describe())
        .isEqualTo("Local cluster " + SERVER + ", API server only: workloads are not simulated");
    assertThat(cluster.warns()).isTrue();
  }

  @Test
  void aStoppedComponentIsNamed() throws IOException {
    started("full", "apiserver", "controller-manager", "kwok");
    Files.writeString(folder.resolve("kwok.pid"), Long.toString(NO_SUCH_PROCESS));
    Files.delete(folder.resolve("controller-manager.pid"));

    ClusterConnection cluster = local(List.of());

    assertThat(cluster.describe())
        .isEqualTo(
            "Local cluster "
                + SERVER
                + ": kube-controller-manager, kwok (simulated nodes) stopped, workloads are not simulated");
    assertThat(cluster.warns()).isTrue();
  }

  @Test
  void aClusterOfTheUsersOwnIsNamedByItsServer() {
    assertThat(ClusterConnection.remote(SERVER).describe())
        .isEqualTo("Kubernetes API server " + SERVER);
    assertThat(ClusterConnection.remote(SERVER).warns()).isFalse();
  }

  /**
   * Writes the files the run script keeps: the mode, the components, and a pid (this JVM's, alive)
   * for each.
   */
  private void started(String mode, String... components) throws IOException {
    Files.writeString(folder.resolve("mode"), mode + "\n");
    Files.writeString(folder.resolve("components"), String.join("\n", components) + "\n");
    for (String component : components) {
      Files.writeString(
          folder.resolve(component + ".pid"), Long.toString(ProcessHandle.current().pid()));
    }
  }

  private ClusterConnection local(List<String> simulatedKinds) {
    return new ClusterConnection(SERVER, Optional.of(new LocalCluster(folder)), simulatedKinds);
  }
}
