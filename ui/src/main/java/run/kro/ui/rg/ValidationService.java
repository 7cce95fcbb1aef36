package run.kro.ui.rg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import run.kro.backend.api.CompileResult;
import run.kro.backend.api.CompilerOptions;
import run.kro.backend.api.FeatureGates;
import run.kro.backend.engine.ResourceGroupCompiler;
import run.kro.backend.cluster.BestEffortSchemaResolver;
import run.kro.backend.kinds.BuiltinKindSchemas;
import run.kro.backend.cluster.ClusterOpenApiSchemas;
import run.kro.backend.cluster.CompositeSchemaResolver;
import run.kro.backend.schema.SampleInstanceGenerator;
import run.kro.ui.base.YamlText;
import run.kro.ui.graph.GraphModel;
import java.util.Optional;

/**
 * Compiles ResourceGroups typed in the console with the same compiler the controller and CLI use, against the kinds
 * of the connected cluster (its OpenAPI, which includes installed CRDs, re-read every minute) and the built-in kinds,
 * with the controller's switches (feature gates, CEL extras: {@code kro.console.compiler.*}, which the chart sets
 * from the controller's settings), so that the editor accepts what the controller will; and offers the shipped
 * examples as starting points.
 */
@Service
public class ValidationService {

  private static final Logger LOG = LoggerFactory.getLogger(ValidationService.class);
  private static final String EXAMPLES = "classpath*:examples/*/*.yaml";
  private static final long CLUSTER_SCHEMAS_MINUTES = 1;

  private static final SampleInstanceGenerator SAMPLES = new SampleInstanceGenerator();

  private final Supplier<ResourceGroupCompiler> compiler;

  /** With upstream's defaults: every feature gate off, no CEL extras. */
  public ValidationService(KubernetesClient client) {
    this(client, false, false);
  }

  @Autowired
  public ValidationService(KubernetesClient client,
      @Value("${kro.console.compiler.cel-omit-function:false}") boolean celOmitFunction,
      @Value("${kro.console.compiler.cel-extra-libraries:false}") boolean celExtraLibraries) {
    CompilerOptions options = CompilerOptions.DEFAULTS.withFeatureGates(new FeatureGates(celOmitFunction))
        .withExtraCelLibraries(celExtraLibraries);
    this.compiler = Suppliers.memoizeWithExpiration(() -> new ResourceGroupCompiler(new CompositeSchemaResolver(List.of(
        new BestEffortSchemaResolver(new ClusterOpenApiSchemas(client),
            e -> LOG.debug("cluster schemas unavailable, using built-in kinds only: {}", e.getMessage())),
        BuiltinKindSchemas.shared())), options), CLUSTER_SCHEMAS_MINUTES, TimeUnit.MINUTES);
  }

  public CompileResult compile(String yaml) {
    return compiler.get().compile("editor", yaml);
  }

  /** Everything the editor shows for {@code yaml}: errors, graph, and for a valid ResourceGroup its CRD and a sample. */
  public DraftCheck check(String yaml) {
    CompileResult result = compile(yaml);
    GraphModel graph = ResourceGroupGraph.of(result.sketch(), result.errors());
    return result.compiled()
        .map(rg -> new DraftCheck(result, graph,
            Optional.of(rg.instanceKind().kind() + " (" + rg.instanceKind().apiVersion() + ")"),
            Optional.of(YamlText.write(rg.instanceCrd().getSpec().getVersions().get(0).getSchema().getOpenAPIV3Schema())),
            Optional.of(YamlText.write(SAMPLES.generate(rg.instanceCrd())))))
        .orElseGet(() -> new DraftCheck(result, graph, Optional.empty(), Optional.empty(), Optional.empty()));
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
