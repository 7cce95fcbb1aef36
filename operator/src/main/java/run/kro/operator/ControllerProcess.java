package run.kro.operator;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import run.kro.operator.instance.InstanceControllers;
import run.kro.operator.kube.ResourceKinds;
import run.kro.operator.registry.GraphRegistry;
import run.kro.operator.rg.ResourceGroupController;
import run.kro.operator.settings.ControllerSettings;

/**
 * The controllers of one leadership term: built fresh on every start (so nothing of a previous
 * term's caches or graphs survives a lost lease), stopped as a whole.
 */
public final class ControllerProcess {

  private static final Logger LOG = LoggerFactory.getLogger(ControllerProcess.class);

  private final KubernetesClient client;
  private final ControllerSettings settings;
  private final MeterRegistry meters;
  private final Clock clock;
  private InstanceControllers instances;
  private ResourceGroupController resourceGroups;

  public ControllerProcess(
      KubernetesClient client, ControllerSettings settings, MeterRegistry meters, Clock clock) {
    this.client = client;
    this.settings = settings;
    this.meters = meters;
    this.clock = clock;
  }

  public synchronized void start() {
    if (resourceGroups != null) {
      return;
    }
    ResourceKinds kinds = new ResourceKinds(client);
    GraphRegistry registry = new GraphRegistry();
    instances = new InstanceControllers(client, kinds, registry, settings, meters, clock);
    resourceGroups =
        new ResourceGroupController(client, kinds, registry, instances, settings, meters, clock);
    instances.start();
    resourceGroups.start();
    LOG.info("controllers started against {}", client.getConfiguration().getMasterUrl());
  }

  public synchronized void stop() {
    if (resourceGroups == null) {
      return;
    }
    resourceGroups.close();
    instances.close();
    resourceGroups = null;
    instances = null;
    LOG.info("controllers stopped");
  }

  public synchronized boolean running() {
    return resourceGroups != null;
  }

  /**
   * Running, and the ResourceGroup and CRD caches have synced: what the readiness probe waits for.
   */
  public synchronized boolean synced() {
    return resourceGroups != null && resourceGroups.synced();
  }
}
