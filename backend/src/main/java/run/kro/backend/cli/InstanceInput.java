package run.kro.backend.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.diagnostics.CompileError;
import run.kro.backend.model.Scope;
import run.kro.backend.openapi.SchemaDefaults;
import run.kro.backend.source.SourceDocument;

/**
 * The instance file of {@code kro render}: one document of the ResourceGroup's kind, valid against
 * its generated CRD, turned into what the controller would read from the API server: the CRD's
 * defaults filled in, and the namespace {@value #DEFAULT_NAMESPACE} when a namespaced instance
 * names none (as kubectl does).
 */
final class InstanceInput {

  static final String DEFAULT_NAMESPACE = "default";

  /**
   * The instance as the controller would see it, or the errors (as printable lines) that keep it
   * from being one.
   */
  record Result(Optional<JsonNode> instance, List<String> errors) {}

  Result read(Path path, CompiledResourceGroup rg) {
    InputFile file = new InputFiles().read(path);
    String name = file.displayName();
    if (file.readError().isPresent()) {
      return failed(file.readError().get().describeIn(name));
    }
    if (file.documents().size() != 1) {
      return failed(
          name + ": expected one instance, found " + file.documents().size() + " documents");
    }
    SourceDocument document = file.documents().get(0);
    Optional<List<CompileError>> errors = new InstanceValidation(List.of(rg)).validate(document);
    if (errors.isEmpty()) {
      JsonNode root = document.root();
      return failed(
          name
              + ": expected an instance of "
              + rg.instanceKind().apiVersion()
              + " "
              + rg.instanceKind().kind()
              + ", found "
              + root.path("apiVersion").asText("no apiVersion")
              + " "
              + root.path("kind").asText("without kind"));
    }
    if (!errors.get().isEmpty()) {
      List<String> lines = new ArrayList<>();
      errors.get().forEach(e -> lines.add(e.describeIn(name)));
      return new Result(Optional.empty(), lines);
    }
    return new Result(Optional.of(asServed(document.root(), rg)), List.of());
  }

  private static JsonNode asServed(JsonNode root, CompiledResourceGroup rg) {
    JSONSchemaProps schema =
        rg.instanceCrd().getSpec().getVersions().get(0).getSchema().getOpenAPIV3Schema();
    ObjectNode instance = (ObjectNode) SchemaDefaults.apply(schema, root);
    ObjectNode metadata = (ObjectNode) instance.get("metadata");
    boolean namespaced = rg.resourceGroup().spec().schema().scope() == Scope.Namespaced;
    if (namespaced && metadata.path("namespace").asText("").isEmpty()) {
      metadata.put("namespace", DEFAULT_NAMESPACE);
    }
    return instance;
  }

  private static Result failed(String line) {
    return new Result(Optional.empty(), List.of(line));
  }
}
