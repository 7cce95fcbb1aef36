package run.kro.backend.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.List;
import java.util.Optional;
import run.kro.backend.diagnostics.CompileError;
import run.kro.backend.diagnostics.Stage;
import run.kro.backend.source.Diagnostics;
import run.kro.backend.source.FieldPath;
import run.kro.backend.source.SourceDocument;
import run.kro.backend.validation.SchemaValidator;
import run.kro.backend.validation.SchemaViolation;

/**
 * Turns a YAML document into a {@link ResourceGroup}. The document is first checked against the
 * ResourceGroup CRD that we ship (so the CLI, the console and the API server agree on what is
 * valid, and unknown or misspelt fields are reported with their place); only a valid document is
 * bound to the records. Thread-safe.
 */
public final class ResourceGroupReader {

  private static final ObjectMapper BINDER =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final SchemaValidator validator = new SchemaValidator();

  /** The ResourceGroup of {@code document}, or the errors that keep it from being one. */
  public ReadResult read(SourceDocument document) {
    Diagnostics diagnostics = new Diagnostics(document.sourceMap());
    JsonNode root = document.root();
    if (!root.isObject()) {
      diagnostics.error(
          Stage.MODEL,
          FieldPath.ROOT,
          "expected a ResourceGroup object, got " + root.getNodeType().name().toLowerCase());
      return ReadResult.failed(diagnostics.errors());
    }
    Optional<ResourceGroupKind> kind = checkHeader(root, diagnostics);
    if (kind.isEmpty()) {
      return ReadResult.failed(diagnostics.errors());
    }
    for (SchemaViolation violation :
        validator.validate(ResourceGroupCrds.schema(kind.get()), root)) {
      report(root, violation, diagnostics);
    }
    ServiceAccountNames.check(root, diagnostics);
    if (!root.hasNonNull("spec")) {
      // the CRD schema cannot require spec at the top level, so the validator lets a missing one
      // through
      diagnostics.error(
          Stage.MODEL, FieldPath.of("spec"), "spec is required: a ResourceGroup needs spec.schema");
    }
    if (diagnostics.hasErrors()) {
      return ReadResult.failed(diagnostics.errors());
    }
    try {
      return ReadResult.of(BINDER.treeToValue(root, ResourceGroup.class));
    } catch (Exception e) {
      diagnostics.error(
          Stage.MODEL, FieldPath.ROOT, "not a valid ResourceGroup: " + e.getMessage());
      return ReadResult.failed(diagnostics.errors());
    }
  }

  private static Optional<ResourceGroupKind> checkHeader(JsonNode root, Diagnostics diagnostics) {
    String apiVersion = root.path("apiVersion").asText("");
    if (!ResourceGroupKind.API_VERSION.equals(apiVersion)) {
      diagnostics.error(
          Stage.MODEL,
          FieldPath.of("apiVersion"),
          "apiVersion must be " + ResourceGroupKind.API_VERSION + ", got \"" + apiVersion + "\"");
    }
    String kindName = root.path("kind").asText("");
    Optional<ResourceGroupKind> kind = ResourceGroupKind.fromKind(kindName);
    if (kind.isEmpty()) {
      diagnostics.error(
          Stage.MODEL,
          FieldPath.of("kind"),
          "kind must be ResourceGroup or ResourceGraphDefinition, got \"" + kindName + "\"");
    }
    if (root.path("metadata").path("name").asText("").isEmpty()) {
      diagnostics.error(Stage.MODEL, FieldPath.of("metadata", "name"), "metadata.name is required");
    }
    return diagnostics.hasErrors() ? Optional.empty() : kind;
  }

  private static void report(JsonNode root, SchemaViolation violation, Diagnostics diagnostics) {
    FieldPath path = violation.path();
    ResourcePaths.ownerOf(root, path)
        .ifPresentOrElse(
            owner ->
                diagnostics.error(Stage.MODEL, owner.id(), owner.root(), path, violation.message()),
            () -> diagnostics.error(Stage.MODEL, path, violation.message()));
  }

  /** A read ResourceGroup or the errors found instead; exactly one of the two is present. */
  public record ReadResult(Optional<ResourceGroup> resourceGroup, List<CompileError> errors) {

    public ReadResult {
      errors = List.copyOf(errors);
    }

    static ReadResult of(ResourceGroup resourceGroup) {
      return new ReadResult(Optional.of(resourceGroup), List.of());
    }

    static ReadResult failed(List<CompileError> errors) {
      return new ReadResult(Optional.empty(), errors);
    }
  }
}
