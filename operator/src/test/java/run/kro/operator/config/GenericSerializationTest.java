package run.kro.operator.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.WatchEvent;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenericSerializationTest {

  @TempDir Path folder;

  private final KubernetesSerialization serialization = GenericSerialization.create();

  @Test
  void aWatchEventCarriesAGenericObjectWithoutLookingUpItsTypedClass() {
    WatchEvent event =
        serialization.unmarshal(
            """
            {"type": "ADDED", "object": {"apiVersion": "v1", "kind": "ConfigMap",
             "metadata": {"name": "one", "resourceVersion": "7"}, "data": {"a": "b"}}}
            """,
            WatchEvent.class);

    assertThat(event.getObject()).isInstanceOf(GenericKubernetesResource.class);
    assertThat(((GenericKubernetesResource) event.getObject()).getMetadata().getResourceVersion())
        .isEqualTo("7");
  }

  @Test
  void anErrorEventCarriesAStatusSoThatAnExpiredWatchListsAgain() {
    WatchEvent event =
        serialization.unmarshal(
            """
            {"type": "ERROR", "object": {"apiVersion": "v1", "kind": "Status", "status": "Failure",
             "message": "too old resource version: 1 (5)", "reason": "Expired", "code": 410}}
            """,
            WatchEvent.class);

    assertThat(event.getObject()).isInstanceOf(Status.class);
    assertThat(((Status) event.getObject()).getCode()).isEqualTo(410);
  }

  @Test
  void aTypedReadStillGetsItsClass() {
    Lease lease =
        serialization.unmarshal(
            """
            {"apiVersion": "coordination.k8s.io/v1", "kind": "Lease",
             "metadata": {"name": "kro"}, "spec": {"holderIdentity": "me"}}
            """,
            Lease.class);

    assertThat(lease.getSpec().getHolderIdentity()).isEqualTo("me");
  }

  @Test
  void aKubeconfigGivesTheClusterItsCurrentContextNames() throws IOException {
    Config config =
        GenericSerialization.fromKubeconfig(
            serialization,
            kubeconfig(
                """
            apiVersion: v1
            kind: Config
            current-context: b
            clusters:
            - name: one
              cluster: {server: "https://one.example:6443", insecure-skip-tls-verify: true}
            - name: two
              cluster:
                server: https://two.example:6443
                extensions:
                - name: client.authentication.k8s.io/exec
                  extension: {audience: kro}
            users:
            - name: robot
              user: {token: secret-token}
            contexts:
            - name: a
              context: {cluster: one, user: robot}
            - name: b
              context: {cluster: two, user: robot, namespace: team-b}
            """));

    assertThat(config.getMasterUrl()).isEqualTo("https://two.example:6443/");
    assertThat(config.getAutoOAuthToken()).isEqualTo("secret-token");
    assertThat(config.getNamespace()).isEqualTo("team-b");
  }

  @Test
  void aFileThatIsNoKubeconfigIsRefusedWithItsName() throws IOException {
    Path broken = kubeconfig("clusters: [unclosed\n");
    Path missing = folder.resolve("missing");

    assertThatThrownBy(() -> GenericSerialization.fromKubeconfig(serialization, broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "kro.kubernetes.kubeconfig: cannot read " + broken + " as a kubeconfig");
    assertThatThrownBy(() -> GenericSerialization.fromKubeconfig(serialization, missing))
        .hasMessageStartingWith("kro.kubernetes.kubeconfig: cannot read " + missing);
  }

  private Path kubeconfig(String text) throws IOException {
    return Files.writeString(folder.resolve("kubeconfig-" + text.hashCode()), text);
  }

  @Test
  void aWatchTheServerExpiredEndsAsGoneSoThatTheInformerListsAgain() throws InterruptedException {
    KubernetesMockServer server = new KubernetesMockServer(false);
    server.start();
    server
        .expect()
        .withPath("/api/v1/namespaces/team-a/configmaps?allowWatchBookmarks=true&watch=true")
        .andUpgradeToWebSocket()
        .open()
        .waitFor(10)
        .andEmit(
            new WatchEvent(
                new StatusBuilder()
                    .withCode(410)
                    .withReason("Expired")
                    .withMessage("too old resource version: 1 (5)")
                    .build(),
                "ERROR"))
        .done()
        .once();
    CompletableFuture<WatcherException> closed = new CompletableFuture<>();
    try (KubernetesClient client =
        new KubernetesClientBuilder()
            .withConfig(new ConfigBuilder(Config.empty()).withMasterUrl(server.url("/")).build())
            .withKubernetesSerialization(serialization)
            .withHttpClientFactory(new JdkHttpClientFactory())
            .build()) {
      client
          .genericKubernetesResources(
              new ResourceDefinitionContext.Builder()
                  .withVersion("v1")
                  .withKind("ConfigMap")
                  .withPlural("configmaps")
                  .withNamespaced(true)
                  .build())
          .inNamespace("team-a")
          .watch(
              new Watcher<GenericKubernetesResource>() {
                @Override
                public void eventReceived(Action action, GenericKubernetesResource resource) {}

                @Override
                public void onClose(WatcherException cause) {
                  closed.complete(cause);
                }
              });

      assertThat(closed).succeedsWithin(Duration.ofSeconds(20));
      assertThat(closed.join().isHttpGone()).isTrue();
    } finally {
      server.destroy();
    }
  }
}
