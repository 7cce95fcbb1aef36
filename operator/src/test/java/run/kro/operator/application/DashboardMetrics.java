package run.kro.operator.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Prometheus metric names a Grafana dashboard's panel queries use. */
final class DashboardMetrics {

  private static final Pattern METRIC = Pattern.compile("\\bkro_[a-z_]+");

  private DashboardMetrics() {}

  static Set<String> queriedIn(Path dashboard) {
    try {
      Set<String> metrics = new TreeSet<>();
      for (JsonNode panel : new ObjectMapper().readTree(dashboard.toFile()).path("panels")) {
        for (JsonNode target : panel.path("targets")) {
          Matcher m = METRIC.matcher(target.path("expr").asText());
          while (m.find()) {
            metrics.add(m.group());
          }
        }
      }
      return metrics;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the dashboard " + dashboard, e);
    }
  }
}
