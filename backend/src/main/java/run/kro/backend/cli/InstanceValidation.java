package run.kro.backend.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.List;
import java.util.Optional;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.diagnostics.CompileError;
import run.kro.backend.diagnostics.Stage;
import run.kro.backend.openapi.SchemaDefaults;
import run.kro.backend.source.Diagnostics;
import run.kro.backend.source.FieldPath;
import run.kro.backend.source.SourceDocument;
import run.kro.backend.validation.SchemaValidator;

/**
 * Checks instance documents against the CRD their ResourceGroup generates, as the API server would.
 */
final class InstanceValidation {

  private final List<CompiledResourceGroup> resourceGroups;
  private final SchemaValidator validator = new SchemaValidator();

  InstanceValidation(List<CompiledResourceGroup> resourceGroups) {
    this.resourceGroups = resourceGroups;
  }

  /**
   * The document's errors if it is an instance of one of the ResourceGroups; empty if it is not
   * one.
   */
  Optional<List<CompileError>> validate(SourceDocument document) {
    JsonNode root = document.root();
    String apiVersion = root.path("apiVersion").asText("");
    String kind = root.path("kind").asText("");
    return resourceGroups.stream()
        .filter(
            rg ->
                rg.instanceKind().apiVersion().equals(apiVersion)
                    && rg.instanceKind().kind().equals(kind))
        .findFirst()
        .map(rg -> errorsOf(document, rg));
  }

  private List<CompileError> errorsOf(SourceDocument document, CompiledResourceGroup rg) {
    JSONSchemaProps schema =
        rg.instanceCrd().getSpec().getVersions().get(0).getSchema().getOpenAPIV3Schema();
    Diagnostics diagnostics = new Diagnostics(document.sourceMap());
    if (document.root().path("metadata").path("name").asText("").isEmpty()) {
      diagnostics.error(Stage.MODEL, FieldPath.of("metadata", "name"), "metadata.name is required");
    }
    validator
        .validate(schema, SchemaDefaults.apply(schema, document.root()))
        .forEach(v -> diagnostics.error(Stage.MODEL, v.path(), v.message()));
    return diagnostics.errors();
  }
}
