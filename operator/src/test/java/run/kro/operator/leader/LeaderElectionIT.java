package run.kro.operator.leader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;

/**
 * Two replicas stand for the same Lease on the real API server: exactly one leads; when it goes
 * away without releasing the lease (as a killed process would), the other takes over once the lease
 * lapses, and never both lead; a leader whose Lease another writer took stops leading.
 */
@KubeTest
class LeaderElectionIT {

  private static final Duration LEASE = Duration.ofSeconds(3);

  @Test
  void oneLeadsAndTheOtherTakesOver(KubeTestEnv env) {
    String ns = env.newNamespace("leases");
    AtomicInteger leaders = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    Runnable lead = () -> mostAtOnce.accumulateAndGet(leaders.incrementAndGet(), Math::max);
    Runnable lose = leaders::decrementAndGet;
    KubernetesClient clientA = env.clientFor("replica-a", "system:masters");
    KubernetesClient clientB = env.clientFor("replica-b", "system:masters");
    Leadership first = new Leadership(clientA, election(ns, "a"), lead, lose);
    Leadership second = new Leadership(clientB, election(ns, "b"), lead, lose);
    first.start();
    second.start();

    await().atMost(Duration.ofSeconds(30)).until(() -> first.isLeader() || second.isLeader());
    Leadership leader = first.isLeader() ? first : second;
    Leadership follower = leader == first ? second : first;
    assertThat(follower.isLeader()).isFalse();

    long lost = System.nanoTime();
    // Cut the leader off from the API server first, so that it cannot release the lease: as if it
    // were killed.
    (leader == first ? clientA : clientB).close();
    leader.close();
    await().atMost(LEASE.multipliedBy(4)).until(follower::isLeader);
    Duration takeover = Duration.ofNanos(System.nanoTime() - lost);
    assertThat(takeover).isLessThan(LEASE.multipliedBy(3));
    assertThat(mostAtOnce.get()).isEqualTo(1);
    follower.close();
    (follower == first ? clientA : clientB).close();
  }

  @Test
  void aLeaderWhoseLeaseWasTakenStopsLeading(KubeTestEnv env) {
    String ns = env.newNamespace("leases");
    AtomicInteger losses = new AtomicInteger();
    KubernetesClient client = env.clientFor("replica-a", "system:masters");
    Leadership leadership =
        new Leadership(client, election(ns, "a"), () -> {}, losses::incrementAndGet);
    leadership.start();
    await().atMost(Duration.ofSeconds(30)).until(leadership::isLeader);

    // Another writer takes the Lease: the leader, which renews without reading the Lease first,
    // must notice by its write's conflict and stop leading.
    env.adminClient()
        .leases()
        .inNamespace(ns)
        .withName("controller.kro.run")
        .edit(
            lease -> {
              lease.getSpec().setHolderIdentity("intruder");
              lease.getSpec().setRenewTime(ZonedDateTime.now(ZoneOffset.UTC));
              return lease;
            });
    await().atMost(LEASE.multipliedBy(2)).until(() -> losses.get() > 0);
    leadership.close();
    client.close();
  }

  private static Leadership.Election election(String ns, String identity) {
    return new Leadership.Election(
        ns, "controller.kro.run", identity, LEASE, Duration.ofSeconds(2), Duration.ofMillis(250));
  }
}
