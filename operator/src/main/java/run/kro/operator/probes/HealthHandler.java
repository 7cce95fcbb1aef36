package run.kro.operator.probes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Arrays;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.HttpCodeStatusMapper;
import org.springframework.boot.actuate.health.SimpleHttpCodeStatusMapper;

/**
 * {@code /actuator/health} and its groups ({@code /actuator/health/readiness}, …) as the actuator's
 * web endpoint answers them: the health as JSON, 200 when up, 503 when down or out of service, 404
 * for a path that names no group or component.
 */
final class HealthHandler implements HttpHandler {

  static final String CONTENT_TYPE = "application/vnd.spring-boot.actuator.v3+json";

  private final HealthEndpoint health;
  private final HttpCodeStatusMapper statusCodes = new SimpleHttpCodeStatusMapper();
  private final ObjectMapper json = new ObjectMapper();

  HealthHandler(HealthEndpoint health) {
    this.health = health;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!Responses.isRead(exchange)) {
        return;
      }
      String rest = exchange.getRequestURI().getPath().substring(ProbeServer.HEALTH_PATH.length());
      if (!rest.isEmpty() && !rest.startsWith("/")) {
        Responses.notFound(exchange);
        return;
      }
      String[] path =
          Arrays.stream(rest.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
      HealthComponent component = path.length == 0 ? health.health() : health.healthForPath(path);
      if (component == null) {
        Responses.notFound(exchange);
        return;
      }
      Responses.send(
          exchange,
          statusCodes.getStatusCode(component.getStatus()),
          CONTENT_TYPE,
          json.writeValueAsBytes(component));
    }
  }
}
