package run.kro.backend.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns the JSON results of the engine's JMH run into rows of the {@link BenchTable}. Argument: the
 * JMH result file ({@code -rf json -rff <file>}).
 */
public final class JmhTable {

  private JmhTable() {}

  public static void main(String[] args) throws IOException {
    JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    BenchTable table = new BenchTable();
    results.forEach(result -> table.add(row(result)));
    table.publish(System.out);
  }

  static BenchTable.Row row(JsonNode result) {
    String benchmark = result.path("benchmark").asText();
    String simpleName = benchmark.substring(0, benchmark.lastIndexOf('.'));
    simpleName = simpleName.substring(simpleName.lastIndexOf('.') + 1);
    JsonNode metric = result.path("primaryMetric");
    String score =
        String.format(
            Locale.ROOT,
            "%s ± %s %s",
            figure(metric.path("score").asDouble()),
            figure(metric.path("scoreError").asDouble()),
            metric.path("scoreUnit").asText());
    JsonNode params = result.path("params");
    return switch (simpleName) {
      case "CompileBenchmark" ->
          new BenchTable.Row(
              "engine",
              "compile a ResourceGroup (JMH)",
              params.path("resources").asText() + " resources",
              score,
              "");
      case "CelEvaluationBenchmark" ->
          new BenchTable.Row(
              "engine",
              "CEL evaluations per second (JMH)",
              "`" + params.path("expression").asText().replace("|", "\\|") + "`",
              score,
              "");
      case "InstanceEvaluationBenchmark" ->
          new BenchTable.Row(
              "engine",
              "one instance's reconcile in the engine: render, observe, readiness, status (JMH)",
              params.path("resources").asText() + " resources",
              score,
              "");
      default -> new BenchTable.Row("engine", simpleName + " (JMH)", params.toString(), score, "");
    };
  }

  /** Three significant digits, with thousands separated, as people read them. */
  static String figure(double value) {
    if (value >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
  }
}
