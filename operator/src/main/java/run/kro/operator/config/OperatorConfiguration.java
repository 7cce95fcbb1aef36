package run.kro.operator.config;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import run.kro.operator.ControllerProcess;
import run.kro.operator.settings.ControllerSettings;

/**
 * Wires the controller process: settings, clock, the controllers and their runner, and a health
 * contributor.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ControllerSettings.class)
public class OperatorConfiguration {

  /** The probes' and metrics' web server, set up to sleep while nothing asks. */
  @Bean
  IdleFriendlyTomcat idleFriendlyTomcat() {
    return new IdleFriendlyTomcat();
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
