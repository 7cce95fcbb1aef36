/**
 * The controller's only HTTP: the probes ({@code /actuator/health/liveness}, {@code
 * /actuator/health/readiness}) and the Prometheus scrape ({@code /actuator/prometheus}), served by
 * the JDK's {@code com.sun.net.httpserver} from Spring Boot's health endpoint and the Prometheus
 * registry. Written here rather than taken from Spring Boot's web starter because a servlet
 * container for four read-only paths (Tomcat, Spring MVC and their auto-configuration, their
 * classes and idle threads) cost 20 MiB of the controller's resident memory (docs/performance.md);
 * the paths, status codes and bodies are the actuator's, so probes, the ServiceMonitor and
 * dashboards see no difference. Uses Spring Boot's actuator API and Micrometer, nothing of the
 * controllers.
 */
package run.kro.operator.probes;
