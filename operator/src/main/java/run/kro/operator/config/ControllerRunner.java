package run.kro.operator.config;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.net.InetAddress;
import java.util.UUID;
import org.springframework.context.SmartLifecycle;
import run.kro.operator.ControllerProcess;
import run.kro.operator.leader.Leadership;
import run.kro.operator.settings.ControllerSettings;

/**
 * Starts the controllers with the application: directly, or whenever this replica wins the leader
 * election; stops them when the application stops or the lease is lost.
 */
public final class ControllerRunner implements SmartLifecycle {

  private final KubernetesClient client;
  private final ControllerSettings settings;
  private final ControllerProcess process;
  private Leadership leadership;
  private volatile boolean running;

  public ControllerRunner(
      KubernetesClient client, ControllerSettings settings, ControllerProcess process) {
    this.client = client;
    this.settings = settings;
    this.process = process;
  }

  @Override
  public void start() {
    if (settings.installCrds()) {
      ResourceGroupCrdsInstaller.installMissing(client);
    }
    if (settings.leaderElection().enabled()) {
      leadership = new Leadership(client, election(), process::start, process::stop);
      leadership.start();
    } else {
      process.start();
    }
    running = true;
  }

  @Override
  public void stop() {
    if (leadership != null) {
      leadership.close();
    }
    process.stop();
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Leading, or running without an election. */
  public boolean isActive() {
    return process.running();
  }

  /** Active and its caches synced. */
  public boolean isSynced() {
    return process.synced();
  }

  public boolean isStandby() {
    return leadership != null && !leadership.isLeader();
  }

  private Leadership.Election election() {
    ControllerSettings.LeaderElection config = settings.leaderElection();
    String namespace =
        !config.namespace().isBlank()
            ? config.namespace()
            : client.getConfiguration().getNamespace() != null
                ? client.getConfiguration().getNamespace()
                : "default";
    String identity =
        !config.identity().isBlank()
            ? config.identity()
            : hostName() + "-" + UUID.randomUUID().toString().substring(0, 8);
    return new Leadership.Election(
        namespace,
        config.leaseName(),
        identity,
        config.leaseDuration(),
        config.renewDeadline(),
        config.retryPeriod());
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "kro-controller";
    }
  }
}
