package run.kro.operator.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import run.kro.operator.testing.AuditLog;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.FaultRun;
import run.kro.operator.testing.Fixtures;
import run.kro.operator.testing.OnChange;
import run.kro.operator.testing.TestController;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;

/**
 * The controller talks to a faulty API server for a while: 10 % of its requests (reads, writes,
 * lists) are answered 500, 409 or 429, another 10 % arrive late, a fifth of its watch requests are
 * refused and every open watch is cut after 0.5–3 s. Instances are created and updated meanwhile.
 * No instance is ever reported ERROR for these transient failures, and once the faults stop every
 * instance converges to its last spec with exactly its children. Short in CI; long with {@link
 * FaultRun#isLong()}.
 */
@KubeTest
class FaultyApiServerIT {

  private static final String KIND = "FaultyChain";
  private static final String USER = "kro-controller-faulty";
  private static final int INSTANCES = FaultRun.pick(20, 100);
  private static final Duration FAULTS = Duration.ofSeconds(FaultRun.pick(15, 60));
  private static final FaultyApiServer.Shares SHARES = new FaultyApiServer.Shares(0.10, 0.10, 0.2);

  @Test
  void transientFailuresNeverMarkAnInstanceFailedAndLoseNothing(KubeTestEnv env) throws Exception {
    Cluster cluster = new Cluster(env.adminClient());
    AuditLog audit = new AuditLog(env.auditLog());
    TestController shared = TestController.running();
    shared.stop();
    URI apiServer = URI.create(env.adminClient().getConfiguration().getMasterUrl());
    KubernetesClient controllerUser = env.clientFor(USER, "system:masters");
    FaultyApiServer faulty = new FaultyApiServer(apiServer, SHARES, 42);
    KubernetesClient faultyClient = faulty.client(controllerUser.getConfiguration());
    TestController controller =
        TestController.create(Map.of("kro.controller.rate-limiter.max-delay", "2s"), faultyClient);
    Map<String, Set<String>> statesSeen = new ConcurrentHashMap<>();
    try {
      controller.start();
      cluster.applyActive(
          Fixtures.object("faults/chain.yaml", Map.of("RG", "faulty-chain", "KIND", KIND)));
      String ns = env.newNamespace("faulty");
      ChainInstances instances = new ChainInstances(cluster, KIND, ns);
      var watched =
          cluster
              .kind(ChainInstances.API, KIND)
              .inNamespace(ns)
              .inform(
                  new OnChange<GenericKubernetesResource>(
                      instance -> {
                        String state =
                            Cluster.tree(instance).path("status").path("state").asText("");
                        statesSeen
                            .computeIfAbsent(state, s -> ConcurrentHashMap.newKeySet())
                            .add(instance.getMetadata().getName());
                      }));
      long mark = audit.mark();

      faulty.on();
      long start = System.nanoTime();
      long pace = FAULTS.toNanos() * 3 / 4 / INSTANCES;
      for (int i = 0; i < INSTANCES; i++) {
        instances.apply("faulty-" + i, "hello-" + i);
        if (i >= 2 && (i - 2) % 3 == 0) {
          instances.apply("faulty-" + (i - 2), "updated-" + (i - 2));
        }
        pause(start + pace * (i + 1));
      }
      pause(start + FAULTS.toNanos());
      faulty.off();
      Map<Fault, Integer> counts = faulty.counts();

      instances.awaitConverged();
      watched.close();
      instances.assertExactChildren();
      assertThat(statesSeen.getOrDefault("ERROR", Set.of()))
          .as("instances ever reported ERROR")
          .isEmpty();
      assertThat(counts)
          .as("faults injected")
          .allSatisfy((fault, count) -> assertThat(count).as(fault.name()).isPositive());
      System.out.printf(
          "FaultyApiServerIT: %d instances, %d s of faults, %s; states seen %s; server saw %s%n",
          INSTANCES,
          FAULTS.toSeconds(),
          counts,
          statesSeen.keySet(),
          audit.requestCountsSince(mark, USER).values().stream().mapToLong(Long::longValue).sum()
              + " requests");
    } finally {
      faulty.close();
      controller.stop();
      faultyClient.close();
      controllerUser.close();
      shared.start();
    }
  }

  /**
   * Paces the workload (not a wait for the controller): sleeps until {@code deadline} of {@link
   * System#nanoTime()}.
   */
  private static void pause(long deadline) throws InterruptedException {
    long left = deadline - System.nanoTime();
    if (left > 0) {
      Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
    }
  }
}
