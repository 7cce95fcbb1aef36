package run.kro.operator.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * YAML fixtures from the test classpath ({@code src/test/resources/<feature>/}), with
 * {@code @@KEY@@} placeholders (never {@code ${}}, which is CEL) replaced, so that every test works
 * with its own names and namespaces.
 */
public final class Fixtures {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private Fixtures() {}

  public static String text(String resource, Map<String, String> values) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (Map.Entry<String, String> value : values.entrySet()) {
        text = text.replace("@@" + value.getKey() + "@@", value.getValue());
      }
      if (text.contains("@@")) {
        throw new IllegalArgumentException(
            resource + " has a placeholder without a value: " + text);
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static GenericKubernetesResource object(String resource, Map<String, String> values) {
    try {
      return YAML.readValue(text(resource, values), GenericKubernetesResource.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
