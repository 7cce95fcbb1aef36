package run.kro.operator.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import run.kro.operator.ControllerProcess;
import run.kro.operator.config.ControllerRunner;
import run.kro.operator.queue.ReconcileMetrics;
import run.kro.operator.settings.ControllerSettings;
import run.kro.operator.testing.AuditLog;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.FaultRun;
import run.kro.operator.testing.Fixtures;
import run.kro.operator.testing.TestController;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;

/**
 * Two replicas of the production {@link ControllerRunner} stand for the lease, each as its own
 * user. The leader reconciles instances, then is killed without releasing the lease; the follower
 * takes over within the lease time, converges new instances and resyncs the old ones without
 * writing them. The audit log shows that no object was written by both replicas and that the killed
 * one wrote nothing after it died. The shared controller is stopped meanwhile.
 */
@KubeTest
class LeaderTakeoverIT {

  private static final String KIND = "TakeoverChain";
  private static final Duration LEASE = Duration.ofSeconds(3);
  private static final int BEFORE = FaultRun.pick(10, 50);
  private static final int AFTER = FaultRun.pick(5, 20);

  /** One replica: its own user, client, meters and runner. */
  private record Replica(
      String user, KubernetesClient client, SimpleMeterRegistry meters, ControllerRunner runner) {

    static Replica start(KubeTestEnv env, String name, String leaseNamespace) {
      String user = "kro-controller-" + name;
      KubernetesClient client = env.clientFor(user, "system:masters");
      ControllerSettings settings =
          TestController.settings(
              Map.of(
                  "kro.controller.leader-election.enabled", "true",
                  "kro.controller.leader-election.namespace", leaseNamespace,
                  "kro.controller.leader-election.identity", user,
                  "kro.controller.leader-election.lease-duration", LEASE.toSeconds() + "s",
                  "kro.controller.leader-election.renew-deadline", "2s",
                  "kro.controller.leader-election.retry-period", "250ms",
                  "kro.controller.rate-limiter.max-delay", "2s"));
      SimpleMeterRegistry meters = new SimpleMeterRegistry();
      ControllerRunner runner =
          new ControllerRunner(
              client, settings, new ControllerProcess(client, settings, meters, Clock.systemUTC()));
      runner.start();
      return new Replica(user, client, meters, runner);
    }

    double reconciles() {
      return meters.find(ReconcileMetrics.RECONCILES).tag("kind", KIND).counters().stream()
          .mapToDouble(Counter::count)
          .sum();
    }

    /**
     * As a killed process: cut off from the API server first, so that it cannot release the lease.
     */
    void kill() {
      client.close();
      runner.stop();
    }
  }

  @Test
  void theFollowerTakesOverAndNoObjectIsWrittenByBoth(KubeTestEnv env) {
    Cluster cluster = new Cluster(env.adminClient());
    AuditLog audit = new AuditLog(env.auditLog());
    TestController shared = TestController.running();
    shared.stop();
    String leaseNamespace = env.newNamespace("takeover-lease");
    long start = audit.mark();
    Replica a = Replica.start(env, "a", leaseNamespace);
    Replica b = Replica.start(env, "b", leaseNamespace);
    Replica leader = null;
    Replica follower = null;
    try {
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> a.runner().isActive() || b.runner().isActive());
      leader = a.runner().isActive() ? a : b;
      follower = leader == a ? b : a;
      assertThat(follower.runner().isActive()).as("the follower runs no controllers").isFalse();
      assertThat(follower.runner().isStandby()).isTrue();

      cluster.applyActive(
          Fixtures.object("faults/chain.yaml", Map.of("RG", "takeover-chain", "KIND", KIND)));
      String ns = env.newNamespace("takeover");
      ChainInstances instances = new ChainInstances(cluster, KIND, ns);
      for (int i = 0; i < BEFORE; i++) {
        instances.apply("before-" + i, "hello-" + i);
      }
      instances.awaitConverged();

      long killed = audit.mark();
      long lost = System.nanoTime();
      leader.kill();
      Replica successor = follower;
      await()
          .atMost(LEASE.multipliedBy(4))
          .pollInterval(Duration.ofMillis(50))
          .until(() -> successor.runner().isActive());
      Duration takeover = Duration.ofNanos(System.nanoTime() - lost);
      assertThat(takeover).as("takeover time").isLessThan(LEASE.multipliedBy(3));

      for (int i = 0; i < AFTER; i++) {
        instances.apply("after-" + i, "hello-" + i);
      }
      instances.awaitConverged();
      instances.assertExactChildren();
      // The successor's informers start empty: it reconciles every instance, the old ones without
      // writing them.
      await().atMost(Cluster.PATIENCE).until(() -> successor.reconciles() >= BEFORE + AFTER);
      String lastChild = "configmaps " + ns + "/after-" + (AFTER - 1) + "-route";
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> audit.objectWritesSince(killed, successor.user()).containsKey(lastChild));

      Map<String, Long> byLeader =
          withoutSharedObjects(audit.objectWritesSince(start, leader.user()));
      Map<String, Long> bySuccessor =
          withoutSharedObjects(audit.objectWritesSince(start, successor.user()));
      Set<String> both = new TreeSet<>(byLeader.keySet());
      both.retainAll(bySuccessor.keySet());
      assertThat(byLeader).as("objects the leader wrote").isNotEmpty();
      assertThat(bySuccessor).as("objects the successor wrote").isNotEmpty();
      assertThat(both).as("objects written by both replicas").isEmpty();
      assertThat(audit.writesSince(killed, leader.user()))
          .as("writes of the killed leader after its death")
          .isEmpty();
      System.out.printf(
          "LeaderTakeoverIT: takeover in %d ms (lease %d s); %d instances before, %d after; "
              + "leader wrote %d objects (%d writes), successor %d objects (%d writes), both 0%n",
          takeover.toMillis(),
          LEASE.toSeconds(),
          BEFORE,
          AFTER,
          byLeader.size(),
          sum(byLeader),
          bySuccessor.size(),
          sum(bySuccessor));
    } finally {
      a.runner().stop();
      b.runner().stop();
      a.client().close();
      b.client().close();
      shared.start();
    }
  }

  /**
   * The objects a replica wrote, but the Lease both contend for, and ResourceGroups: their status
   * counts the instances per revision (docs/revisions.md#status), which the leader and then its
   * successor update in turn as instances change. That no write of the leader follows its death is
   * asserted apart.
   */
  private static Map<String, Long> withoutSharedObjects(Map<String, Long> writes) {
    writes
        .keySet()
        .removeIf(object -> object.startsWith("leases ") || object.startsWith("resourcegroups "));
    return writes;
  }

  private static long sum(Map<String, Long> writes) {
    return writes.values().stream().mapToLong(Long::longValue).sum();
  }
}
