package run.kro.operator.bench;

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
 * The JVM options the Helm chart gives the controller ({@code controller.javaOptions} in
 * helm/kro/values.yaml), and {@code -XX:MaxRAM} set to its memory limit, so that the JVM sizes
 * itself as in the chart's container.
 */
final class ChartJavaOptions {

  private ChartJavaOptions() {}

  static List<String> controller() {
    Path values = Path.of("..", "helm", "kro", "values.yaml");
    try {
      JsonNode controller =
          new ObjectMapper(new YAMLFactory()).readTree(Files.readString(values)).path("controller");
      List<String> options =
          new ArrayList<>(
              Arrays.stream(controller.path("javaOptions").asText("").trim().split("\\s+"))
                  .filter(option -> !option.isEmpty())
                  .toList());
      String limit = controller.path("resources").path("limits").path("memory").asText("");
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
