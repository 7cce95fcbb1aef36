package run.kro.ui.rg;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.List;
import java.util.Optional;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.api.KindOwnership;
import run.kro.backend.diagnostics.CompileError;
import run.kro.backend.diagnostics.SourcePosition;
import run.kro.backend.diagnostics.Stage;
import run.kro.backend.model.ResourcePaths;
import run.kro.backend.source.FieldPath;
import run.kro.backend.source.YamlSourceReader;
import run.kro.backend.source.YamlSyntaxException;

/**
 * Whether a ResourceGroup that compiles may define its kind in this cluster, by the rule the
 * controller applies when it installs the kind's CRD ({@link KindOwnership}): a kind another
 * ResourceGroup (or no ResourceGroup) defines is refused. Reported as an error at the schema's
 * {@code kind}, so the editor underlines it and saving is refused now rather than by the controller
 * later.
 */
final class KindConflicts {

  static final FieldPath SCHEMA_KIND = ResourcePaths.SCHEMA.field("kind");

  private final KubernetesClient client;

  KindConflicts(KubernetesClient client) {
    this.client = client;
  }

  /**
   * Empty when the kind is free or already this ResourceGroup's; {@code yaml} is the text it
   * compiled from.
   */
  List<CompileError> of(CompiledResourceGroup compiled, String yaml) {
    return installed(compiled.instanceCrd().getMetadata().getName())
        .flatMap(existing -> KindOwnership.conflict(existing, compiled.resourceGroup().name()))
        .map(
            conflict ->
                List.of(
                    new CompileError(
                        Stage.NAMING,
                        Optional.empty(),
                        SCHEMA_KIND.toString(),
                        conflict.message(),
                        position(yaml))))
        .orElse(List.of());
  }

  private Optional<CustomResourceDefinition> installed(String crdName) {
    try {
      return Optional.ofNullable(
          client.apiextensions().v1().customResourceDefinitions().withName(crdName).get());
    } catch (KubernetesClientException e) {
      return Optional.empty(); // the controller checks again when it installs the kind
    }
  }

  private static Optional<SourcePosition> position(String yaml) {
    try {
      return new YamlSourceReader()
          .readSingle("editor", yaml)
          .sourceMap()
          .valuePosition(SCHEMA_KIND);
    } catch (YamlSyntaxException e) {
      return Optional.empty();
    }
  }
}
