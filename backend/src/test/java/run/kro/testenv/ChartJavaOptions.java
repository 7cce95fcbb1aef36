package run.kro.testenv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The JVM options the Helm chart gives a component ({@code <component>.javaOptions} in
 * helm/kro/values.yaml), and {@code -XX:MaxRAM} set to its memory limit, so that the JVM sizes
 * itself as in the chart's container. Read from a module's directory (the benchmarks run there).
 */
public final class ChartJavaOptions {

  private ChartJavaOptions() {}

  /**
   * @param component {@code controller} or {@code console}
   */
  public static List<String> of(String component) {
    Path values = Path.of("..", "helm", "kro", "values.yaml");
    try {
      JsonNode chart =
          new ObjectMapper(new YAMLFactory()).readTree(Files.readString(values)).path(component);
      List<String> options =
          new ArrayList<>(
              Arrays.stream(chart.path("javaOptions").asText("").trim().split("\\s+"))
                  .filter(option -> !option.isEmpty())
                  .toList());
      String limit = chart.path("resources").path("limits").path("memory").asText("");
      if (limit.endsWith("Mi") || limit.endsWith("Gi")) {
        options.add(
            "-XX:MaxRAM="
                + limit.substring(0, limit.length() - 2)
                + (limit.endsWith("Mi") ? "m" : "g"));
      }
      return options;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + values.toAbsolutePath(), e);
    }
  }
}
