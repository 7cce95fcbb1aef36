package run.kro.operator.leader;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderElectionConfigBuilder;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderElector;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@code onLead} while this replica holds the Lease and {@code onLoss} when it stops holding
 * it, then stands for election again, until {@link #close()}. While leading, each renewal is one
 * write ({@link LeaseRecordLock}).
 */
public final class Leadership implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Leadership.class);

  /** Where and as whom to stand, and how long a lease lasts. */
  public record Election(
      String namespace,
      String leaseName,
      String identity,
      Duration leaseDuration,
      Duration renewDeadline,
      Duration retryPeriod) {}

  private final KubernetesClient client;
  private final Election election;
  private final Runnable onLead;
  private final Runnable onLoss;
  private final AtomicBoolean leading = new AtomicBoolean();
  private volatile boolean closed;
  private volatile CompletableFuture<?> running;

  public Leadership(KubernetesClient client, Election election, Runnable onLead, Runnable onLoss) {
    this.client = client;
    this.election = election;
    this.onLead = onLead;
    this.onLoss = onLoss;
  }

  public void start() {
    LeaderElector elector =
        client
            .leaderElector()
            .withConfig(
                new LeaderElectionConfigBuilder()
                    .withName("kro-controller")
                    .withLock(
                        new LeaseRecordLock(
                            election.namespace(), election.leaseName(), election.identity()))
                    .withLeaseDuration(election.leaseDuration())
                    .withRenewDeadline(election.renewDeadline())
                    .withRetryPeriod(election.retryPeriod())
                    .withReleaseOnCancel(true)
                    .withLeaderCallbacks(
                        new LeaderCallbacks(
                            this::startedLeading,
                            this::stoppedLeading,
                            leader -> LOG.info("leader is now {}", leader)))
                    .build())
            .build();
    running = elector.start();
    running.whenComplete(
        (result, error) -> {
          if (!closed) {
            LOG.info("{} left the election; standing again", election.identity());
            CompletableFuture.delayedExecutor(
                    election.retryPeriod().toMillis(), TimeUnit.MILLISECONDS)
                .execute(this::start);
          }
        });
  }

  public boolean isLeader() {
    return leading.get();
  }

  private void startedLeading() {
    LOG.info("{} is the leader: starting the controllers", election.identity());
    leading.set(true);
    onLead.run();
  }

  private void stoppedLeading() {
    if (leading.getAndSet(false)) {
      LOG.warn("{} lost the lease: stopping the controllers", election.identity());
      onLoss.run();
    }
  }

  @Override
  public void close() {
    closed = true;
    CompletableFuture<?> current = running;
    if (current != null) {
      current.cancel(true);
    }
    stoppedLeading();
  }
}
