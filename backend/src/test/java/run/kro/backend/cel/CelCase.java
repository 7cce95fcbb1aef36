package run.kro.backend.cel;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * One CEL golden case from a YAML file under {@code cel/}: an expression, the variables to evaluate
 * it with, and what must come out: a value ({@code expected}), bytes as hex ({@code expectedHex}),
 * the checked result type ({@code type}, as cel-java formats it), an evaluation error ({@code
 * error}) or a compile error ({@code compileError}); errors match as substrings.
 */
public record CelCase(
    String name,
    String expr,
    Map<String, JsonNode> vars,
    JsonNode expected,
    String expectedHex,
    String type,
    String error,
    String compileError) {

  public CelCase {
    vars = vars == null ? Map.of() : vars;
  }

  public static List<CelCase> load(String resource) {
    try (InputStream in = CelCase.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return new ObjectMapper(new YAMLFactory())
          .readValue(in, new TypeReference<List<CelCase>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return name != null ? name : expr;
  }
}
