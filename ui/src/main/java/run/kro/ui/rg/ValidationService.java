package run.kro.ui.rg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import run.kro.backend.api.CompileResult;
import run.kro.backend.api.ResourceGroupCompiler;
import run.kro.backend.kinds.BuiltinKindSchemas;

/**
 * Compiles ResourceGroups typed in the console with the same compiler the controller and CLI use, and offers the
 * shipped examples as starting points.
 */
@Service
public class ValidationService {

  private static final String EXAMPLES = "classpath*:examples/*/*.yaml";

  private final ResourceGroupCompiler compiler = new ResourceGroupCompiler(BuiltinKindSchemas.instance());

  public CompileResult compile(String yaml) {
    return compiler.compile("editor", yaml);
  }

  /** The example ResourceGroups by name (folder), in name order. */
  public Map<String, String> examples() {
    Map<String, String> examples = new LinkedHashMap<>();
    try {
      Resource[] files = new PathMatchingResourcePatternResolver().getResources(EXAMPLES);
      java.util.Arrays.sort(files, java.util.Comparator.comparing(r -> String.valueOf(r.getFilename())));
      for (Resource file : files) {
        try (InputStream in = file.getInputStream()) {
          examples.put(String.valueOf(file.getFilename()).replaceFirst("\\.yaml$", ""),
              new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the packaged examples", e);
    }
    return examples;
  }
}
