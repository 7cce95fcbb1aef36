package run.kro.operator.rg;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import run.kro.backend.api.CompileResult;
import run.kro.backend.api.CompilerOptions;
import run.kro.backend.cluster.BestEffortSchemaResolver;
import run.kro.backend.cluster.ClusterOpenApiSchemas;
import run.kro.backend.cluster.CompositeSchemaResolver;
import run.kro.backend.diagnostics.CompileError;
import run.kro.backend.diagnostics.Stage;
import run.kro.backend.engine.ResourceGroupCompiler;
import run.kro.backend.kinds.BuiltinKindSchemas;
import run.kro.backend.source.SourceDocument;

/**
 * Compiles ResourceGroups read from the cluster with the engine, against the kinds the cluster
 * serves now (its OpenAPI v3, re-read as CRDs come and go) and the built-in kinds. When the cluster
 * could not be asked, the errors say nothing about the ResourceGroup, so the compilation is
 * reported as unavailable and retried.
 */
final class ResourceGroupCompilation {

  /** How the engine says that a kind is unknown (see {@code ResourceResolution}). */
  private static final String SCHEMA_NOT_FOUND = "schema not found for";

  private final ClusterOpenApiSchemas clusterSchemas;
  private final CompilerOptions options;

  ResourceGroupCompilation(KubernetesClient client, CompilerOptions options) {
    this.clusterSchemas = new ClusterOpenApiSchemas(client);
    this.options = options;
  }

  /** The errors as one condition message: every error with its resource and path. */
  static String describe(List<CompileError> errors) {
    return errors.stream().map(CompileError::describe).collect(Collectors.joining("; "));
  }

  /**
   * Whether some errors only say that a kind is not known yet. A CRD's schema reaches the cluster's
   * OpenAPI a little after the CRD is established, and a chained ResourceGroup's kind appears when
   * that ResourceGroup is accepted: such a ResourceGroup is compiled again with backoff rather than
   * left invalid until its next change.
   */
  static boolean waitsForKinds(List<CompileError> errors) {
    return errors.stream()
        .anyMatch(e -> e.stage() == Stage.RESOURCE && e.message().contains(SCHEMA_NOT_FOUND));
  }

  /**
   * @throws SchemasUnavailableException when the cluster failed while its schemas were read
   */
  CompileResult compile(String owner, JsonNode resourceGroup) {
    List<RuntimeException> failures = new ArrayList<>();
    ResourceGroupCompiler compiler =
        new ResourceGroupCompiler(
            new CompositeSchemaResolver(
                List.of(
                    new BestEffortSchemaResolver(clusterSchemas, failures::add),
                    BuiltinKindSchemas.shared())),
            options);
    CompileResult result = compiler.compile(SourceDocument.inMemory(owner, resourceGroup));
    if (!result.isValid() && !failures.isEmpty()) {
      throw new SchemasUnavailableException(
          owner + ": cannot read kind schemas from the cluster: " + failures.get(0).getMessage());
    }
    return result;
  }

  /** Kinds a ResourceGroup uses are not served yet; the compilation is retried with backoff. */
  static final class KindsNotYetServedException extends RuntimeException {
    KindsNotYetServedException(String message) {
      super(message, null, false, false);
    }
  }

  /** Kind schemas could not be read; the compilation is retried with backoff. */
  static final class SchemasUnavailableException extends RuntimeException {
    SchemasUnavailableException(String message) {
      super(message);
    }
  }
}
