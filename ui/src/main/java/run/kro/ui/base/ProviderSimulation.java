package run.kro.ui.base;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The simulated providers the examples ship for the local cluster: kwok Stage objects under {@code
 * examples/<name>/simulation/} that fill in the status of kinds whose real providers do not run
 * there (the AWS controllers, say).
 */
public final class ProviderSimulation {

  /** Where the stages are on the classpath. */
  public static final String STAGES = "classpath*:examples/*/simulation/*.yaml";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private ProviderSimulation() {}

  /** The kinds the stages simulate, sorted, each once. */
  public static List<String> simulatedKinds() {
    TreeSet<String> kinds = new TreeSet<>();
    for (JsonNode stage : stages()) {
      String kind = stage.path("spec").path("resourceRef").path("kind").asText();
      if (!kind.isEmpty()) {
        kinds.add(kind);
      }
    }
    return List.copyOf(kinds);
  }

  private static List<JsonNode> stages() {
    List<JsonNode> stages = new ArrayList<>();
    try {
      for (Resource file : new PathMatchingResourcePatternResolver().getResources(STAGES)) {
        try (InputStream in = file.getInputStream();
            MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(in)) {
          stages.addAll(documents.readAll());
        }
      }
    } catch (IOException e) {
      // No stages readable: nothing is said to be simulated.
      return List.of();
    }
    return stages;
  }
}
