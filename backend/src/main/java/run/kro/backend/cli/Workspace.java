package run.kro.backend.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import run.kro.backend.api.CompileResult;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.api.CompilerOptions;
import run.kro.backend.cluster.CompositeSchemaResolver;
import run.kro.backend.cluster.CrdKindSchemas;
import run.kro.backend.diagnostics.CompileError;
import run.kro.backend.diagnostics.Stage;
import run.kro.backend.engine.ResourceGroupCompiler;
import run.kro.backend.kinds.SchemaResolver;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.backend.source.SourceDocument;

/**
 * Validates a set of documents together, as {@code kro validate} does: CRD documents provide
 * schemas, ResourceGroups provide their generated kinds to each other (so one ResourceGroup's
 * resources may be another's instances, in any file order), and instances of those kinds are
 * checked against their generated CRD.
 */
public final class Workspace {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CRD_API_VERSION = "apiextensions.k8s.io/v1";

  private final SchemaResolver base;
  private final CompilerOptions options;

  /**
   * @param base the schemas known beforehand: built-in kinds, {@code --crds}, a cluster
   */
  public Workspace(SchemaResolver base) {
    this(base, CompilerOptions.DEFAULTS);
  }

  /**
   * @param options the compiler's switches, e.g. feature gates
   */
  public Workspace(SchemaResolver base, CompilerOptions options) {
    this.base = base;
    this.options = options;
  }

  public WorkspaceResult validate(List<InputFile> files) {
    Map<InputFile, List<CompileError>> errors = new LinkedHashMap<>();
    List<Located> resourceGroups = new ArrayList<>();
    List<Located> others = new ArrayList<>();
    List<CustomResourceDefinition> crds = new ArrayList<>();
    for (InputFile file : files) {
      errors.put(file, new ArrayList<>());
      file.readError().ifPresent(e -> errors.get(file).add(e));
      for (SourceDocument document : file.documents()) {
        classify(new Located(file, document), resourceGroups, crds, others, errors);
      }
    }
    Map<Located, CompileResult> compiled = compileTogether(resourceGroups, crds);
    compiled.forEach((doc, result) -> errors.get(doc.file()).addAll(result.errors()));
    List<CompiledResourceGroup> valid =
        compiled.values().stream().flatMap(r -> r.compiled().stream()).toList();
    InstanceValidation instances = new InstanceValidation(valid);
    int instanceCount = 0;
    List<Located> skipped = new ArrayList<>();
    for (Located other : others) {
      Optional<List<CompileError>> result = instances.validate(other.document());
      if (result.isPresent()) {
        instanceCount++;
        errors.get(other.file()).addAll(result.get());
      } else {
        skipped.add(other);
      }
    }
    return new WorkspaceResult(
        errors,
        valid,
        resourceGroups.size(),
        instanceCount,
        crds.size(),
        skipped.stream()
            .map(s -> s.file().displayName() + ": " + describe(s.document().root()))
            .toList());
  }

  /**
   * Compiles ResourceGroups until no more succeed, each success adding its generated kind to the
   * schemas the rest are compiled against; the last round gives the errors of those that never did.
   */
  private Map<Located, CompileResult> compileTogether(
      List<Located> resourceGroups, List<CustomResourceDefinition> crds) {
    Map<Located, CompileResult> results = new LinkedHashMap<>();
    List<CustomResourceDefinition> known = new ArrayList<>(crds);
    List<Located> pending = new ArrayList<>(resourceGroups);
    boolean progress = true;
    while (progress && !pending.isEmpty()) {
      progress = false;
      ResourceGroupCompiler compiler = compilerWith(known);
      for (Located rg : List.copyOf(pending)) {
        CompileResult result = compiler.compile(rg.document());
        results.put(rg, result);
        if (result.isValid()) {
          known.add(result.compiled().get().instanceCrd());
          pending.remove(rg);
          progress = true;
        }
      }
    }
    return results;
  }

  private ResourceGroupCompiler compilerWith(List<CustomResourceDefinition> crds) {
    return new ResourceGroupCompiler(
        new CompositeSchemaResolver(List.of(CrdKindSchemas.of(crds), base)), options);
  }

  private static void classify(
      Located doc,
      List<Located> resourceGroups,
      List<CustomResourceDefinition> crds,
      List<Located> others,
      Map<InputFile, List<CompileError>> errors) {
    JsonNode root = doc.document().root();
    String apiVersion = root.path("apiVersion").asText("");
    String kind = root.path("kind").asText("");
    if (apiVersion.equals(ResourceGroupKind.API_VERSION)
        && ResourceGroupKind.fromKind(kind).isPresent()) {
      resourceGroups.add(doc);
    } else if (apiVersion.equals(CRD_API_VERSION) && kind.equals("CustomResourceDefinition")) {
      try {
        crds.add(JSON.treeToValue(root, CustomResourceDefinition.class));
      } catch (Exception e) {
        errors
            .get(doc.file())
            .add(
                CompileError.of(
                    Stage.MODEL, "", "not a valid CustomResourceDefinition: " + e.getMessage()));
      }
    } else {
      others.add(doc);
    }
  }

  private static String describe(JsonNode root) {
    return "skipped "
        + root.path("kind").asText("a document without kind")
        + " "
        + root.path("metadata").path("name").asText("")
        + " (not a ResourceGroup, a CRD, or an instance of one)";
  }

  /** A document and the file it came from. */
  private record Located(InputFile file, SourceDocument document) {}
}
