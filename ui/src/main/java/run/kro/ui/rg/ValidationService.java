package run.kro.ui.rg;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import run.kro.backend.api.CompileResult;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.api.CompilerOptions;
import run.kro.backend.api.FeatureGates;
import run.kro.backend.cluster.BestEffortSchemaResolver;
import run.kro.backend.cluster.ClusterOpenApiSchemas;
import run.kro.backend.cluster.CompositeSchemaResolver;
import run.kro.backend.diagnostics.CompileError;
import run.kro.backend.engine.ResourceGroupCompiler;
import run.kro.backend.kinds.BuiltinKindSchemas;
import run.kro.backend.schema.SampleInstanceGenerator;
import run.kro.ui.base.YamlText;
import run.kro.ui.graph.GraphModel;

/**
 * Compiles ResourceGroups typed in the console with the same compiler the controller and CLI use,
 * against the kinds of the connected cluster (its OpenAPI, which includes installed CRDs, re-read
 * as the controller re-reads it) and the built-in kinds, with the controller's switches (feature
 * gates, CEL extras: {@code kro.console.compiler.*}, which the chart sets from the controller's
 * settings), so that the editor accepts what the controller will; and offers the shipped examples
 * as starting points.
 */
@Service
public class ValidationService {

  private static final Logger LOG = LoggerFactory.getLogger(ValidationService.class);
  private static final String EXAMPLES = "classpath*:examples/*/*.yaml";

  /**
   * The console knows the kinds of the cluster it is connected to, so that is where a missing kind
   * must go.
   */
  static final String UNKNOWN_KIND_ADVICE =
      "install the CRD that defines it in the cluster; the editor sees it " + "within seconds";

  /** Compiled once at start, so that the first author does not wait for the compiler to warm up. */
  private static final String WARM_UP_EXAMPLE = "web-app";

  private static final SampleInstanceGenerator SAMPLES = new SampleInstanceGenerator();

  private final ResourceGroupCompiler compiler;
  private final KindConflicts kindConflicts;

  /** With upstream's defaults: every feature gate off, no CEL extras. */
  public ValidationService(KubernetesClient client) {
    this(client, false, false);
  }

  @Autowired
  public ValidationService(
      KubernetesClient client,
      @Value("${kro.console.compiler.cel-omit-function:false}") boolean celOmitFunction,
      @Value("${kro.console.compiler.cel-extra-libraries:false}") boolean celExtraLibraries) {
    CompilerOptions options =
        CompilerOptions.DEFAULTS
            .withFeatureGates(new FeatureGates(celOmitFunction))
            .withExtraCelLibraries(celExtraLibraries)
            .withUnknownKindAdvice(UNKNOWN_KIND_ADVICE);
    this.kindConflicts = new KindConflicts(client);
    // One compiler for the console's life, as thread-safe as the controller's: its cluster schemas
    // refresh
    // themselves (a kind not found is looked up again within seconds, the rest is re-read as the
    // controller does).
    this.compiler =
        new ResourceGroupCompiler(
            new CompositeSchemaResolver(
                List.of(
                    new BestEffortSchemaResolver(
                        new ClusterOpenApiSchemas(client),
                        e ->
                            LOG.debug(
                                "cluster schemas unavailable, using built-in kinds only: {}",
                                e.getMessage())),
                    BuiltinKindSchemas.shared())),
            options);
  }

  public CompileResult compile(String yaml) {
    return compiler.compile("editor", yaml);
  }

  /**
   * The first compile in a fresh console loads and initializes the compiler and CEL, and reads the
   * cluster's common kinds: seconds on a small machine. Doing it at start, in the background,
   * spares the first author that wait.
   */
  @EventListener(ApplicationReadyEvent.class)
  public void warmUp() {
    Thread thread =
        new Thread(
            () -> {
              long start = System.nanoTime();
              Optional.ofNullable(examples().get(WARM_UP_EXAMPLE)).ifPresent(this::check);
              LOG.info(
                  "ResourceGroup compiler warmed up in {} ms",
                  (System.nanoTime() - start) / 1_000_000);
            },
            "compiler-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Why the cluster would refuse a ResourceGroup that compiles, as the controller reports it: its
   * kind is defined by another ResourceGroup, or by a CRD KRO does not own. Empty when the kind is
   * free or already its own.
   */
  public List<CompileError> kindConflicts(CompiledResourceGroup compiled, String yaml) {
    return kindConflicts.of(compiled, yaml);
  }

  /**
   * Everything the editor shows for {@code yaml}: errors (the compiler's, then the kind conflicts),
   * graph, and for a ResourceGroup that compiles its CRD and a sample.
   */
  public DraftCheck check(String yaml) {
    CompileResult result = compile(yaml);
    GraphModel graph = ResourceGroupGraph.of(result.sketch(), result.errors());
    return result
        .compiled()
        .map(
            rg ->
                new DraftCheck(
                    result,
                    kindConflicts(rg, yaml),
                    graph,
                    Optional.of(
                        rg.instanceKind().kind() + " (" + rg.instanceKind().apiVersion() + ")"),
                    Optional.of(
                        YamlText.write(
                            ApiServerNumbers.of(
                                rg.instanceCrd()
                                    .getSpec()
                                    .getVersions()
                                    .get(0)
                                    .getSchema()
                                    .getOpenAPIV3Schema()))),
                    Optional.of(
                        YamlText.write(ApiServerNumbers.of(SAMPLES.generate(rg.instanceCrd()))))))
        .orElseGet(
            () ->
                new DraftCheck(
                    result,
                    List.of(),
                    graph,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()));
  }

  /** The example ResourceGroups by name (folder), in name order. */
  public Map<String, String> examples() {
    Map<String, String> examples = new LinkedHashMap<>();
    try {
      Resource[] files = new PathMatchingResourcePatternResolver().getResources(EXAMPLES);
      Arrays.sort(files, Comparator.comparing(r -> String.valueOf(r.getFilename())));
      for (Resource file : files) {
        try (InputStream in = file.getInputStream()) {
          examples.put(
              String.valueOf(file.getFilename()).replaceFirst("\\.yaml$", ""),
              new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the packaged examples", e);
    }
    return examples;
  }
}
