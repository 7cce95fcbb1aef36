package run.kro.operator.probes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.expositionformats.ExpositionFormatWriter;
import io.prometheus.metrics.expositionformats.ExpositionFormats;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * {@code /actuator/prometheus}: every meter of the registry in the format the scraper's {@code
 * Accept} header asks for (Prometheus text by default, OpenMetrics when asked), as the actuator's
 * scrape endpoint serves it.
 */
final class PrometheusHandler implements HttpHandler {

  private final PrometheusMeterRegistry registry;
  private final ExpositionFormats formats = ExpositionFormats.init();

  PrometheusHandler(PrometheusMeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!Responses.isRead(exchange)) {
        return;
      }
      if (!exchange.getRequestURI().getPath().equals(ProbeServer.PROMETHEUS_PATH)) {
        Responses.notFound(exchange);
        return;
      }
      ExpositionFormatWriter writer =
          formats.findWriter(exchange.getRequestHeaders().getFirst("Accept"));
      ByteArrayOutputStream body = new ByteArrayOutputStream(64 * 1024);
      writer.write(body, registry.getPrometheusRegistry().scrape());
      Responses.send(exchange, 200, writer.getContentType(), body.toByteArray());
    }
  }
}
