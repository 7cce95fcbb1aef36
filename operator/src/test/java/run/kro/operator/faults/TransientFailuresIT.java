package run.kro.operator.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.Fixtures;
import run.kro.operator.testing.OnChange;
import run.kro.operator.testing.TestController;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;

/**
 * A quarter of the controller's writes fail as dropped connections would, while ten instances converge: every
 * failure is retried with backoff, no instance is ever reported in ERROR, and each ends ACTIVE with exactly its
 * children.
 */
@KubeTest
class TransientFailuresIT {

  private static final String API = "kro.run/v1alpha1";
  private static final String KIND = "FlakyChain";
  private static final int INSTANCES = 10;

  @Test
  void transientFailuresNeverMarkAnInstanceFailedAndLoseNothing(KubeTestEnv env) throws Exception {
    TestController shared = TestController.running();
    shared.stop();
    FlakyWrites flaky = new FlakyWrites(0.25);
    KubernetesClient flakyClient = new KubernetesClientBuilder()
        .withConfig(Config.fromKubeconfig(Files.readString(env.kubeconfig())))
        .withHttpClientBuilderConsumer(http -> http.addOrReplaceInterceptor("flaky", flaky)).build();
    TestController controller = TestController.create(Map.of("kro.controller.rate-limiter.max-delay", "2s"),
        flakyClient);
    Cluster cluster = new Cluster(env.adminClient());
    Set<String> statesSeen = ConcurrentHashMap.newKeySet();
    try {
      controller.start();
      cluster.applyActive(Fixtures.object("lifecycle/chain.yaml", Map.of("RG", "flaky-chain", "KIND", KIND)));
      String ns = env.newNamespace("flaky");
      OnChange<GenericKubernetesResource> recordState = new OnChange<>(instance -> {
        String state = Cluster.tree(instance).path("status").path("state").asText("");
        if (!state.isEmpty()) {
          statesSeen.add(state);
        }
      });
      var watched = cluster.kind(API, KIND).inNamespace(ns).inform(recordState);
      List<String> names = IntStream.range(0, INSTANCES).mapToObj(i -> "flaky-" + i).toList();
      names.forEach(name -> cluster.apply(Fixtures.object("lifecycle/instance.yaml",
          Map.of("KIND", KIND, "NS", ns, "GREETING", name)).edit().editMetadata().withName(name).endMetadata().build()));

      names.forEach(name -> cluster.awaitState(API, KIND, ns, name, "ACTIVE"));
      watched.close();

      assertThat(flaky.failed()).as("injected failures").isGreaterThan(10);
      assertThat(statesSeen).doesNotContain("ERROR");
      for (String name : names) {
        List<String> children = cluster.client().configMaps().inNamespace(ns)
            .withLabel("kro.run/instance-name", name).list().getItems().stream()
            .map(cm -> cm.getMetadata().getName()).sorted().toList();
        assertThat(children).containsExactly(name + "-config", name + "-keep", name + "-route");
        assertThat(cluster.get("v1", "Service", ns, name)).isPresent();
      }
    } finally {
      flaky.off();
      controller.stop();
      flakyClient.close();
      shared.start();
    }
  }
}
