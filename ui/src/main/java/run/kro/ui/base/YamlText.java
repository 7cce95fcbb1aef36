package run.kro.ui.base;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * YAML as people read it in the console: no document marker, quotes only where needed, fields in
 * their order.
 */
public final class YamlText {

  private static final ObjectMapper YAML =
      new YAMLMapper(
              YAMLFactory.builder()
                  .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                  .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                  .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                  .build())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .setSerializationInclusion(JsonInclude.Include.NON_NULL);

  private YamlText() {}

  /** {@code value} (a Jackson tree, a fabric8 model object, a map) as YAML. */
  public static String write(Object value) {
    try {
      return YAML.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write as YAML: " + e.getOriginalMessage(), e);
    }
  }

  /** Parses one YAML document into a tree. */
  public static JsonNode read(String yaml) throws JsonProcessingException {
    return YAML.readTree(yaml);
  }
}
