package run.kro.operator.config;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import run.kro.operator.ControllerProcess;
import run.kro.operator.heap.IdleHeapCompaction;
import run.kro.operator.probes.ProbeServer;
import run.kro.operator.settings.ControllerSettings;

/**
 * Wires the controller process: settings, clock, the controllers and their runner, a health
 * contributor, the HTTP server for probes and metrics, and the idle heap compaction.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ControllerSettings.class)
public class OperatorConfiguration {

  /** The probes' and metrics' HTTP server, on {@code server.port} as a web application's. */
  @Bean
  ProbeServer probeServer(
      @Value("${server.port:8078}") int port,
      HealthEndpoint health,
      PrometheusMeterRegistry metrics)
      throws IOException {
    return new ProbeServer(new InetSocketAddress(port), health, metrics);
  }

  /** After a burst of reconciles, gives the heap's growth back once idle. */
  @Bean
  IdleHeapCompaction idleHeapCompaction(ControllerSettings settings) {
    return IdleHeapCompaction.of(settings.idleHeapCompaction());
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  ControllerProcess controllerProcess(
      KubernetesClient client, ControllerSettings settings, MeterRegistry meters, Clock clock) {
    return new ControllerProcess(client, settings, meters, clock);
  }

  @Bean
  ControllerRunner controllerRunner(
      KubernetesClient client, ControllerSettings settings, ControllerProcess process) {
    return new ControllerRunner(client, settings, process);
  }

  /**
   * {@code /actuator/health} shows whether this replica reconciles (once its ResourceGroup and CRD
   * caches have synced) or stands by; both are healthy.
   */
  @Bean
  HealthIndicator controllers(ControllerRunner runner) {
    return () ->
        runner.isSynced()
            ? Health.up().withDetail("role", "leader").build()
            : runner.isStandby()
                ? Health.up().withDetail("role", "standby").build()
                : Health.outOfService()
                    .withDetail("role", runner.isActive() ? "syncing caches" : "starting")
                    .build();
  }
}
