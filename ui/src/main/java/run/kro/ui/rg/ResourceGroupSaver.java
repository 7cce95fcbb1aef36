package run.kro.ui.rg;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import run.kro.backend.api.CompileResult;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.diagnostics.CompileError;
import run.kro.backend.model.ResourceGroup;
import run.kro.ui.audit.AuditDigest;
import run.kro.ui.audit.AuditResult;
import run.kro.ui.audit.AuditTarget;
import run.kro.ui.audit.AuditTrail;
import run.kro.ui.audit.AuditVerb;
import run.kro.ui.base.ClusterAccess;

/**
 * Saves ResourceGroups from the editor by server-side apply, after compiling them with the
 * controller's compiler: a ResourceGroup that does not compile is never sent. {@link #preview}
 * shows what a save would do (server dry run, diff, breaking schema changes, Secret values in
 * templates hidden) without storing anything. Every save that is sent is recorded in the {@link
 * AuditTrail}.
 */
@Service
public class ResourceGroupSaver {

  private final ClusterAccess cluster;
  private final ValidationService validation;
  private final ResourceGroupObjects objects;
  private final BreakingChanges breakingChanges;
  private final AuditTrail audit;

  public ResourceGroupSaver(ClusterAccess cluster, ValidationService validation, AuditTrail audit) {
    this.cluster = cluster;
    this.validation = validation;
    this.audit = audit;
    this.objects = new ResourceGroupObjects(cluster);
    this.breakingChanges = new BreakingChanges(cluster);
  }

  public SavePreview preview(String yaml) {
    CompileResult result = validation.compile(yaml);
    if (!result.isValid()) {
      return SavePreview.invalid(result.errors());
    }
    CompiledResourceGroup compiled = result.compiled().orElseThrow();
    List<CompileError> conflicts = validation.kindConflicts(compiled, yaml);
    if (!conflicts.isEmpty()) {
      return SavePreview.invalid(conflicts);
    }
    ResourceGroup rg = compiled.resourceGroup();
    Optional<SaveMode> mode = Optional.empty();
    List<BreakingChange> breaking = List.of();
    try {
      Optional<GenericKubernetesResource> live = objects.get(rg.kind(), rg.name());
      mode = Optional.of(live.isPresent() ? SaveMode.UPDATE : SaveMode.CREATE);
      breaking = breakingChanges.of(compiled);
      GenericKubernetesResource after = objects.apply(rg.kind(), applicable(yaml), true);
      String diff =
          YamlDiff.unified(
              "stored",
              live.map(EditableYaml::of).orElse(""),
              "after save",
              EditableYaml.of(after));
      return SavePreview.accepted(mode.get(), diff, breaking);
    } catch (KubernetesClientException e) {
      return SavePreview.rejected(mode, ApiErrorText.of(e), breaking);
    }
  }

  public SaveResult save(String yaml) {
    CompileResult result = validation.compile(yaml);
    if (!result.isValid()) {
      return SaveResult.invalid(result.errors());
    }
    List<CompileError> conflicts = validation.kindConflicts(result.compiled().orElseThrow(), yaml);
    if (!conflicts.isEmpty()) {
      return SaveResult.invalid(conflicts);
    }
    ResourceGroup rg = result.compiled().orElseThrow().resourceGroup();
    GenericKubernetesResource object = applicable(yaml);
    Optional<String> change = Optional.of(AuditDigest.sha256(object));
    try {
      SaveMode mode =
          objects.get(rg.kind(), rg.name()).isPresent() ? SaveMode.UPDATE : SaveMode.CREATE;
      GenericKubernetesResource stored = objects.apply(rg.kind(), object, false);
      audit.record(AuditVerb.APPLY, AuditTarget.of(stored), AuditResult.succeeded(), change);
      return SaveResult.stored(
          new SaveResult.Stored(
              rg.kind(),
              stored.getMetadata().getName(),
              stored.getMetadata().getResourceVersion(),
              mode));
    } catch (KubernetesClientException e) {
      String message = ApiErrorText.of(e);
      audit.record(
          AuditVerb.APPLY,
          AuditTarget.of(object.getApiVersion(), object.getKind(), Optional.empty(), rg.name()),
          AuditResult.of(e, message),
          change);
      return SaveResult.rejected(message);
    }
  }

  /**
   * The edited text as an object to apply; an apply must not carry managedFields, which a pasted
   * copy may have.
   */
  private GenericKubernetesResource applicable(String yaml) {
    GenericKubernetesResource object =
        cluster
            .client()
            .getKubernetesSerialization()
            .unmarshal(yaml, GenericKubernetesResource.class);
    object.getMetadata().setManagedFields(null);
    return object;
  }
}
