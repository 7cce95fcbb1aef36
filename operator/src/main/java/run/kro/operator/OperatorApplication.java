package run.kro.operator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.actuate.autoconfigure.availability.AvailabilityHealthContributorAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.availability.AvailabilityProbesAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.HealthEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.JvmMetricsAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.LogbackMetricsAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.SystemMetricsAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.export.prometheus.PrometheusMetricsExportAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.LifecycleAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * The controller process: reconciles ResourceGroups and their instances. Serves only probes and
 * metrics over HTTP ({@code /actuator/health/liveness}, {@code /actuator/health/readiness}, {@code
 * /actuator/prometheus}).
 *
 * <p>Its own configuration ({@code config}) is found by scanning, as under {@code
 * SpringBootApplication}; of Spring Boot's auto-configuration it imports only what it uses:
 * properties and placeholders, the application's availability (the probes' state), the actuator's
 * health endpoint with its probe groups, and Micrometer with the Prometheus registry and the JVM's,
 * the process's and Logback's meters. Everything else the class path would switch on (task
 * executors, observation, SSL bundles, info, disk space health, …) is classes, beans and memory the
 * controller never uses.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ComponentScan
@ImportAutoConfiguration({
  PropertyPlaceholderAutoConfiguration.class,
  ConfigurationPropertiesAutoConfiguration.class,
  LifecycleAutoConfiguration.class,
  ApplicationAvailabilityAutoConfiguration.class,
  EndpointAutoConfiguration.class,
  HealthContributorAutoConfiguration.class,
  HealthEndpointAutoConfiguration.class,
  AvailabilityHealthContributorAutoConfiguration.class,
  AvailabilityProbesAutoConfiguration.class,
  MetricsAutoConfiguration.class,
  CompositeMeterRegistryAutoConfiguration.class,
  PrometheusMetricsExportAutoConfiguration.class,
  JvmMetricsAutoConfiguration.class,
  SystemMetricsAutoConfiguration.class,
  LogbackMetricsAutoConfiguration.class
})
public class OperatorApplication {

  public static void main(String[] args) {
    SpringApplication.run(OperatorApplication.class, args);
  }
}
